package org.bridgeway.health;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A recorded check with its elements and interventions; a voided one says who voided it and why. */
public record HealthCheck(
    UUID id, UUID personId, LocalDate checkDate, String carriedOutBy, LocalDate nextDue, List<Reading> readings,
    List<Intervention> interventions, String recordedBy, Instant recordedAt, int version,
    @Nullable Instant voidedAt, @Nullable String voidedBy, @Nullable String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }

  public Optional<Reading> reading(Element element) {
    return readings.stream().filter(r -> r.element() == element).findFirst();
  }

  /** The check's content in words, as kept in its history when it is amended. */
  public String summary() {
    StringBuilder words = new StringBuilder("Check on " + checkDate + " by " + carriedOutBy + "; next due "
        + nextDue + ".");
    readings.forEach(r -> words.append(' ').append(r.element().label()).append(" (").append(r.takenOn())
        .append("): ").append(r.summary()).append('.'));
    interventions.forEach(i -> words.append(' ').append(i.summary()).append('.'));
    return words.toString();
  }
}
