package org.bridgeway.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The end of a person's allocation to an employment specialist: the day they left the caseload, and why. */
public record AllocationEnding(@Nullable LocalDate endDate, @Nullable String reason) {

  /** What is wrong with ending an allocation that started on the day given. */
  public List<FieldProblem> problems(LocalDate start, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (endDate == null) {
      problems.add(new FieldProblem("endDate", "Enter the date they left the caseload"));
    } else if (endDate.isBefore(start)) {
      problems.add(new FieldProblem("endDate", "The allocation cannot end before it started, on "
          + Dates.text(start)));
    } else if (endDate.isAfter(today)) {
      problems.add(new FieldProblem("endDate", "The date they left cannot be in the future"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reason", "Enter why they left the caseload"));
    } else if (reason.trim().length() > 500) {
      problems.add(new FieldProblem("reason", "Enter no more than 500 characters"));
    }
    return problems;
  }
}
