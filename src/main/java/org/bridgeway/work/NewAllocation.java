package org.bridgeway.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A person to put on an employment specialist's caseload, from a date. */
public record NewAllocation(@Nullable UUID specialistId, @Nullable LocalDate startDate) {

  public List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (specialistId == null) {
      problems.add(new FieldProblem("specialistId", "Select the employment specialist"));
    }
    if (startDate == null) {
      problems.add(new FieldProblem("startDate", "Enter the date they join the caseload"));
    } else if (startDate.isAfter(today)) {
      problems.add(new FieldProblem("startDate", "The date they join the caseload cannot be in the future"));
    }
    return problems;
  }
}
