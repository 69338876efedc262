package org.bridgeway.workforce;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A shift on a day, with the staff covering it. It has a gap when fewer staff cover it than it needs. Its
 * version goes up with every change to who covers it, so an edit made from an old copy of the rota is refused.
 */
public record Shift(UUID id, UUID serviceId, LocalDate date, String name, LocalDateTime startsAt,
    LocalDateTime endsAt, int staffNeeded, int version, List<Cover> covers) {

  public int missing() {
    return Math.max(0, staffNeeded - covers.size());
  }

  public boolean gap() {
    return missing() > 0;
  }

  public String timesText() {
    return ShiftPattern.TIME.format(startsAt) + " to " + ShiftPattern.TIME.format(endsAt)
        + (endsAt.toLocalDate().isAfter(date) ? " (next day)" : "");
  }

  public boolean overlaps(LocalDateTime start, LocalDateTime end) {
    return startsAt.isBefore(end) && start.isBefore(endsAt);
  }
}
