package org.bridgeway.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How the cells of an import file are read: dates, yes or no, whole numbers. Blank cells are nothing. */
final class Cells {

  static final String DATE_GUIDANCE = "A date as YYYY-MM-DD or DD/MM/YYYY";
  static final String FLAG_GUIDANCE = "yes or no";

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
      .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu")
      .withResolverStyle(ResolverStyle.STRICT);

  private Cells() {}

  /** A problem with the cell, as the report shows it. */
  static final class Wrong extends RuntimeException {
    final String field;

    Wrong(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }

  static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  static @Nullable String text(@Nullable String value) {
    return blank(value) ? null : value.trim();
  }

  static @Nullable LocalDate date(String field, @Nullable String value) {
    if (blank(value)) {
      return null;
    }
    String v = value.trim();
    for (DateTimeFormatter format : new DateTimeFormatter[] {ISO, UK}) {
      try {
        return LocalDate.parse(v, format);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    throw new Wrong(field, "\"" + v + "\" is not a date: enter it as YYYY-MM-DD or DD/MM/YYYY, like 2025-03-27");
  }

  static Optional<Boolean> flag(String field, @Nullable String value) {
    if (blank(value)) {
      return Optional.empty();
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "yes", "y", "true", "1" -> Optional.of(true);
      case "no", "n", "false", "0" -> Optional.of(false);
      default -> throw new Wrong(field, "Enter yes or no, not \"" + value.trim() + "\"");
    };
  }

  static @Nullable Integer number(String field, @Nullable String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      throw new Wrong(field, "Enter a whole number, not \"" + value.trim() + "\"");
    }
  }

  /** The column heading for a field the forms name in camel case: {@code startDate} is {@code start_date}. */
  static String column(String field) {
    return field.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
