package org.bridgeway.health;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A check as typed: its date, the six elements, the interventions offered, and the next check's due date (12
 * months after the check's date when left empty), and the member of staff who carried it out (the user recording
 * it when left empty). {@link HealthRules#problems} says what is wrong with it.
 */
public record NewCheck(@Nullable LocalDate checkDate, List<Reading> readings, List<Intervention> interventions,
    @Nullable LocalDate nextDue, @Nullable UUID carriedOutBy) {

  /** A check carried out by the user who records it. */
  public NewCheck(@Nullable LocalDate checkDate, List<Reading> readings, List<Intervention> interventions,
      @Nullable LocalDate nextDue) {
    this(checkDate, readings, interventions, nextDue, null);
  }

  public NewCheck {
    readings = readings == null ? List.of() : List.copyOf(readings);
    interventions = interventions == null ? List.of() : List.copyOf(interventions);
  }

  /** The due date given, or 12 months after the check's date. */
  public LocalDate due() {
    return nextDue != null ? nextDue : checkDate.plusMonths(HealthRules.MONTHS_BETWEEN_CHECKS);
  }
}
