package org.bridgeway.money;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days written out in full, like "1 April 2026". */
final class Days {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private Days() {}

  static String text(LocalDate day) {
    return day.format(DAY);
  }
}
