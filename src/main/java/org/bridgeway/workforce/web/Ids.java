package org.bridgeway.workforce.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads what a form sent, leaving nothing for what cannot be read, so a bad value is refused as missing. */
final class Ids {

  private Ids() {}

  static @Nullable UUID uuid(@Nullable String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static int number(@Nullable String text) {
    try {
      return text == null ? -1 : Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static @Nullable LocalDate date(@Nullable String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
