package org.bridgeway.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A person's checks, newest first, with the latest recorded value of each element over checks not voided,
 * whether their check is complete today, and where their next check stands.
 */
public record PersonHealth(List<HealthCheck> checks, Map<Element, LatestReading> latest, boolean completeToday,
    @Nullable LocalDate nextDue, @Nullable DueStatus dueStatus) {

  /** The latest recorded value of an element, and the date of the check it belongs to. */
  public record LatestReading(Reading reading, LocalDate checkDate) {}

  public @Nullable HealthCheck lastCheck() {
    return checks.stream().filter(c -> !c.voided()).findFirst().orElse(null);
  }
}
