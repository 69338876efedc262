package org.bridgeway.workforce;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A shift a staffed service repeats on some days of the week: its name, times and how many staff it needs. A
 * pattern that ends at or before the time it starts runs overnight and ends the next day. A pattern switched off
 * from a day makes no shifts on or after that day; the shifts made before stay.
 */
public record ShiftPattern(UUID id, UUID serviceId, String name, LocalTime startsAt, LocalTime endsAt,
    int staffNeeded, boolean active, int version, Set<DayOfWeek> days, @Nullable LocalDate offFrom,
    @Nullable String offReason) {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  public ShiftPattern {
    days = Set.copyOf(days);
  }

  public boolean overnight() {
    return !endsAt.isAfter(startsAt);
  }

  public String timesText() {
    return TIME.format(startsAt) + " to " + TIME.format(endsAt) + (overnight() ? " (next day)" : "");
  }

  /** "Every day", or the days in week order, like "Monday, Wednesday, Friday". */
  public String daysText() {
    if (days.size() == 7) {
      return "Every day";
    }
    return Arrays.stream(DayOfWeek.values()).filter(days::contains)
        .map(d -> d.getDisplayName(TextStyle.FULL, Locale.UK))
        .collect(Collectors.joining(", "));
  }

  public boolean runsOn(DayOfWeek day) {
    return days.contains(day);
  }

  public boolean switchedOff() {
    return offFrom != null;
  }

  /** The days held as a number, Monday as 1, Tuesday as 2, Wednesday as 4 and so on to Sunday as 64. */
  public static int mask(Set<DayOfWeek> days) {
    return days.stream().mapToInt(d -> 1 << (d.getValue() - 1)).sum();
  }

  public static Set<DayOfWeek> days(int mask) {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if ((mask & (1 << (d.getValue() - 1))) != 0) {
        days.add(d);
      }
    }
    return days;
  }
}
