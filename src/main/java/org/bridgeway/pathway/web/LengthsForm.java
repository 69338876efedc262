package org.bridgeway.pathway.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.pathway.LengthsOfStay;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * What the lengths-of-stay filter sends: the day for overdue and open stays, and the period of ended stays, each
 * as three fields. Blank, the day is today and the period the 12 months ending on the day.
 */
record LengthsForm(
    @Nullable String dayDay, @Nullable String dayMonth, @Nullable String dayYear,
    @Nullable String fromDay, @Nullable String fromMonth, @Nullable String fromYear,
    @Nullable String toDay, @Nullable String toMonth, @Nullable String toYear) {

  static LengthsForm of(LocalDate day, LocalDate from, LocalDate to) {
    return new LengthsForm(d(day), m(day), y(day), d(from), m(from), y(from), d(to), m(to), y(to));
  }

  /** The day, the period's first and last days, in that order. */
  List<LocalDate> dates(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate day = date("day", dayDay, dayMonth, dayYear, today, problems);
    LocalDate to = date("to", toDay, toMonth, toYear, day, problems);
    LocalDate from = date("from", fromDay, fromMonth, fromYear, LengthsOfStay.yearBefore(to), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return List.of(day, from, to);
  }

  /** The query string that keeps these dates when paging. */
  String query() {
    StringBuilder query = new StringBuilder();
    String[][] parts = {{"dayDay", dayDay}, {"dayMonth", dayMonth}, {"dayYear", dayYear}, {"fromDay", fromDay},
        {"fromMonth", fromMonth}, {"fromYear", fromYear}, {"toDay", toDay}, {"toMonth", toMonth}, {"toYear", toYear}};
    for (String[] part : parts) {
      if (part[1] != null && part[1].trim().matches("\\d{1,4}")) {
        query.append(part[0]).append('=').append(part[1].trim()).append('&');
      }
    }
    return query.toString();
  }

  private static LocalDate date(String field, @Nullable String day, @Nullable String month, @Nullable String year,
      LocalDate blank, List<FieldProblem> problems) {
    if (DateParts.blank(day, month, year)) {
      return blank;
    }
    LocalDate date = DateParts.parse(day, month, year).orElse(null);
    if (date == null) {
      problems.add(new FieldProblem(field, "Enter a real date, like 10 5 2026"));
      return blank;
    }
    return date;
  }

  private static String d(LocalDate date) {
    return String.valueOf(date.getDayOfMonth());
  }

  private static String m(LocalDate date) {
    return String.valueOf(date.getMonthValue());
  }

  private static String y(LocalDate date) {
    return String.valueOf(date.getYear());
  }
}
