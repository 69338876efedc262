package org.bridgeway.alliance;

import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Small checks on typed text that several of the alliance's commands share. */
final class Text {

  private Text() {}

  static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  static @Nullable String clean(@Nullable String value) {
    return blank(value) ? null : value.trim();
  }

  static boolean postcode(String value) {
    return value.trim().toUpperCase().matches("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
  }

  /** A valid postcode in capitals with one space before its last three characters, or null. */
  static @Nullable String normalisedPostcode(@Nullable String value) {
    if (blank(value)) {
      return null;
    }
    String compact = value.trim().toUpperCase().replace(" ", "");
    return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
  }

  static void tooLong(List<FieldProblem> problems, String field, @Nullable String value, int most) {
    if (value != null && value.trim().length() > most) {
      problems.add(new FieldProblem(field, "Enter " + most + " characters or fewer"));
    }
  }
}
