package org.bridgeway.workforce;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * A shift a staffed service repeats every day: its name, times and how many staff it needs. A pattern that ends
 * at or before the time it starts runs overnight and ends the next day.
 */
public record ShiftPattern(UUID id, UUID serviceId, String name, LocalTime startsAt, LocalTime endsAt,
    int staffNeeded, boolean active, int version) {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  public boolean overnight() {
    return !endsAt.isAfter(startsAt);
  }

  public String timesText() {
    return TIME.format(startsAt) + " to " + TIME.format(endsAt) + (overnight() ? " (next day)" : "");
  }
}
