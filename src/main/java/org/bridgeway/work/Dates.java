package org.bridgeway.work;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

final class Dates {

  private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Dates() {}

  static String text(LocalDate day) {
    return day.format(TEXT);
  }
}
