package org.bridgeway.money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A personal budget as it is typed in: how it is held, the amount in pence and its period (both days included). */
public record NewPersonalBudget(@Nullable BudgetKind kind, long amountPence, @Nullable LocalDate startDate,
    @Nullable LocalDate endDate, @Nullable String note) {

  /** What is wrong with it, field by field; empty when it may be saved. */
  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (kind == null) {
      problems.add(new FieldProblem("kind", "Select how the budget is held"));
    }
    if (amountPence <= 0) {
      problems.add(new FieldProblem("amount", "The budget must be more than £0.00"));
    } else if (amountPence >= 100_000_000_00L) {
      problems.add(new FieldProblem("amount", "The budget must be less than £100,000,000"));
    }
    if (startDate == null) {
      problems.add(new FieldProblem("start", "Enter the first day of the budget's period"));
    }
    if (endDate == null) {
      problems.add(new FieldProblem("end", "Enter the last day of the budget's period"));
    }
    if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
      problems.add(new FieldProblem("end", "The period cannot end before it starts, on " + Days.text(startDate)));
    }
    if (note != null && note.length() > 2000) {
      problems.add(new FieldProblem("note", "The note must be 2,000 characters or fewer"));
    }
    return problems;
  }
}
