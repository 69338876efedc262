package org.bridgeway.money;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A weekly rate in force from {@code from} to {@code to} (both included; open while {@code to} is null). For a
 * service rate {@code ownerId} is the service; for a package rate it is the stay.
 */
public record RatePeriod(UUID id, UUID ownerId, LocalDate from, @Nullable LocalDate to, long weeklyPence,
    @Nullable String reason, String recordedBy) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }

  /** True when the two periods share a day. */
  public boolean overlaps(LocalDate otherFrom, @Nullable LocalDate otherTo) {
    return (to == null || !otherFrom.isAfter(to)) && (otherTo == null || !from.isAfter(otherTo));
  }

  public String weeklyText() {
    return Pounds.text(weeklyPence);
  }

  public String periodText() {
    return "from " + from.format(DAY) + (to == null ? "" : " to " + to.format(DAY));
  }
}
