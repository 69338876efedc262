package org.bridgeway.governance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them: "10 May 2026". */
final class Dates {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Dates() {}

  static String show(LocalDate day) {
    return SHOWN.format(day);
  }
}
