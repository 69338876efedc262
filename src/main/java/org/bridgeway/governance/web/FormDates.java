package org.bridgeway.governance.web;

import java.time.LocalDate;
import java.util.List;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Dates typed as three fields on the governance forms. */
final class FormDates {

  private FormDates() {}

  /** The date typed, null when left empty; a date that is not real is a problem of its field. */
  static @Nullable LocalDate date(String field, @Nullable String day, @Nullable String month, @Nullable String year,
      List<FieldProblem> problems) {
    if (DateParts.blank(day, month, year)) {
      return null;
    }
    LocalDate date = DateParts.parse(day, month, year).orElse(null);
    if (date == null) {
      problems.add(new FieldProblem(field, "Enter a real date, like 10 5 2026"));
    }
    return date;
  }

  static String day(@Nullable LocalDate date) {
    return date == null ? "" : String.valueOf(date.getDayOfMonth());
  }

  static String month(@Nullable LocalDate date) {
    return date == null ? "" : String.valueOf(date.getMonthValue());
  }

  static String year(@Nullable LocalDate date) {
    return date == null ? "" : String.valueOf(date.getYear());
  }
}
