package org.bridgeway.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A date typed as three fields (day, month, year), as the NHS.UK date input asks for it. */
public final class DateParts {

  private DateParts() {}

  /** The date, or empty when any part is missing or the parts do not make a real date. */
  public static Optional<LocalDate> parse(@Nullable String day, @Nullable String month, @Nullable String year) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(trim(year)), Integer.parseInt(trim(month)),
          Integer.parseInt(trim(day))));
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }

  public static boolean blank(@Nullable String day, @Nullable String month, @Nullable String year) {
    return trim(day).isEmpty() && trim(month).isEmpty() && trim(year).isEmpty();
  }

  private static String trim(@Nullable String value) {
    return value == null ? "" : value.trim();
  }
}
