package org.bridgeway.reports.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.figures.Period;
import org.bridgeway.reports.ReportKind;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a report's form sends: a period (first and last day) for a report over a period, or one day for a report
 * on a day; each date as three fields. Left blank, the last full quarter, or its last day.
 */
record ReportForm(
    @Nullable String startDay, @Nullable String startMonth, @Nullable String startYear,
    @Nullable String endDay, @Nullable String endMonth, @Nullable String endYear,
    @Nullable String dayDay, @Nullable String dayMonth, @Nullable String dayYear) {

  static ReportForm of(ReportKind kind, Period p) {
    if (kind.forPeriod()) {
      return new ReportForm(d(p.start()), m(p.start()), y(p.start()), d(p.end()), m(p.end()), y(p.end()), null,
          null, null);
    }
    return new ReportForm(null, null, null, null, null, null, d(p.end()), m(p.end()), y(p.end()));
  }

  /** The period chosen; for a report on a day, the period of that one day. */
  Period period(ReportKind kind, Period byDefault) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!kind.forPeriod()) {
      LocalDate day = date("day", dayDay, dayMonth, dayYear, problems);
      if (!problems.isEmpty()) {
        throw new InvalidInput(problems);
      }
      return day == null ? new Period(byDefault.end(), byDefault.end()) : new Period(day, day);
    }
    LocalDate start = date("start", startDay, startMonth, startYear, problems);
    LocalDate end = date("end", endDay, endMonth, endYear, problems);
    if (problems.isEmpty() && (start == null) != (end == null)) {
      problems.add(new FieldProblem(start == null ? "start" : "end",
          "Enter both the first and the last day of the period"));
    }
    if (problems.isEmpty() && start != null && end.isBefore(start)) {
      problems.add(new FieldProblem("end", "The last day must be on or after the first day"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return start == null ? byDefault : new Period(start, end);
  }

  /** The query string that asks for the period again, for download links: "?startDay=1&...". */
  static String query(ReportKind kind, Period p) {
    UriComponentsBuilder b = UriComponentsBuilder.newInstance();
    if (kind.forPeriod()) {
      b.queryParam("startDay", d(p.start())).queryParam("startMonth", m(p.start()))
          .queryParam("startYear", y(p.start())).queryParam("endDay", d(p.end()))
          .queryParam("endMonth", m(p.end())).queryParam("endYear", y(p.end()));
    } else {
      b.queryParam("dayDay", d(p.end())).queryParam("dayMonth", m(p.end())).queryParam("dayYear", y(p.end()));
    }
    return b.build().toUriString();
  }

  private static @Nullable LocalDate date(String field, @Nullable String day, @Nullable String month,
      @Nullable String year, List<FieldProblem> problems) {
    if (DateParts.blank(day, month, year)) {
      return null;
    }
    return DateParts.parse(day, month, year).orElseGet(() -> {
      problems.add(new FieldProblem(field, "Enter a real date, like 30 6 2026"));
      return null;
    });
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
