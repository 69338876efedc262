package org.bridgeway.alliance;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.UUID;

/** When a drop-in or day service is open on one day of the week. */
public record OpeningTime(UUID id, DayOfWeek day, LocalTime opens, LocalTime closes) {

  public String dayName() {
    return day.getDisplayName(TextStyle.FULL, Locale.UK);
  }
}
