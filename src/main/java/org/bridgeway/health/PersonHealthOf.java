package org.bridgeway.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.health.PersonHealth.LatestReading;

/** Works out a person's health from their checks, newest first: latest values, completeness, next due. */
final class PersonHealthOf {

  private PersonHealthOf() {}

  static PersonHealth checks(List<HealthCheck> checks, LocalDate today) {
    List<HealthCheck> kept = checks.stream().filter(c -> !c.voided()).toList();
    Map<Element, LatestReading> latest = new EnumMap<>(Element.class);
    List<Reading> readings = new ArrayList<>();
    for (HealthCheck check : kept) {
      for (Reading reading : check.readings()) {
        readings.add(reading);
        LatestReading found = latest.get(reading.element());
        if (reading.recorded() && (found == null || reading.takenOn().isAfter(found.reading().takenOn()))) {
          latest.put(reading.element(), new LatestReading(reading, check.checkDate()));
        }
      }
    }
    LocalDate nextDue = kept.isEmpty() ? null : kept.get(0).nextDue();
    return new PersonHealth(checks, latest, HealthRules.complete(readings, today), nextDue,
        nextDue == null ? null : HealthRules.dueStatus(nextDue, today));
  }
}
