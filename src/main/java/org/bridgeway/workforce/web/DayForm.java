package org.bridgeway.workforce.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The parts of the day a page is shown for, as typed in. */
record DayForm(@Nullable String onDay, @Nullable String onMonth, @Nullable String onYear) {

  static DayForm of(LocalDate day) {
    return new DayForm(String.valueOf(day.getDayOfMonth()), String.valueOf(day.getMonthValue()),
        String.valueOf(day.getYear()));
  }
}
