package org.bridgeway.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A vocational status to record: the code from a date, and any volunteering, education or training detail. */
public record NewVocationalStatus(@Nullable LocalDate date, @Nullable EmploymentStatus status, boolean volunteering,
    boolean education, boolean training, @Nullable BigDecimal hoursAWeek, @Nullable String place) {

  static final BigDecimal WEEK = new BigDecimal("168");

  public List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (date == null) {
      problems.add(new FieldProblem("date", "Enter the date the status applies from"));
    } else if (date.isAfter(today)) {
      problems.add(new FieldProblem("date", "The date cannot be in the future"));
    }
    if (status == null) {
      problems.add(new FieldProblem("status", "Select the employment status"));
    }
    if (hoursAWeek != null && (hoursAWeek.signum() < 0 || hoursAWeek.compareTo(WEEK) > 0)) {
      problems.add(new FieldProblem("hoursAWeek", "Hours a week must be between 0 and 168"));
    }
    return problems;
  }
}
