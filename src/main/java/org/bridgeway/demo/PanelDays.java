package org.bridgeway.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The demo alliances' panel meets every other Tuesday; the latest meeting was before today. */
record PanelDays(LocalDate latest) {

  static PanelDays before(LocalDate today) {
    return new PanelDays(today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.TUESDAY)));
  }

  /** The first meeting on or after the day; the day itself when no meeting has been held since. */
  LocalDate firstFrom(LocalDate day) {
    if (day.isAfter(latest)) {
      return day;
    }
    return latest.minusWeeks(2 * (ChronoUnit.DAYS.between(day, latest) / 14));
  }

  /** The last meetings held, the latest first. */
  List<LocalDate> last(int count) {
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      days.add(latest.minusWeeks(2L * i));
    }
    return days;
  }
}
