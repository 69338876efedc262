package org.bridgeway.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A job start to record. Hours and pay may not be negative; an hour's pay is in pence. */
public record NewJob(@Nullable String employer, @Nullable String role, @Nullable BigDecimal hoursAWeek,
    @Nullable Long hourlyPayPence, boolean competitive, @Nullable LocalDate startDate) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (employer == null || employer.isBlank()) {
      problems.add(new FieldProblem("employer", "Enter the employer"));
    }
    if (role == null || role.isBlank()) {
      problems.add(new FieldProblem("role", "Enter the role"));
    }
    if (hoursAWeek == null) {
      problems.add(new FieldProblem("hoursAWeek", "Enter the hours a week"));
    } else if (hoursAWeek.signum() < 0 || hoursAWeek.compareTo(NewVocationalStatus.WEEK) > 0) {
      problems.add(new FieldProblem("hoursAWeek", "Hours a week must be between 0 and 168"));
    }
    if (hourlyPayPence != null && hourlyPayPence < 0) {
      problems.add(new FieldProblem("hourlyPay", "Pay cannot be negative"));
    }
    if (startDate == null) {
      problems.add(new FieldProblem("startDate", "Enter the date the job started"));
    }
    return problems;
  }
}
