package org.bridgeway.money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A spend from a personal budget as it is typed in: the day it was made, what for, the amount in pence. */
public record NewSpend(@Nullable LocalDate spentOn, @Nullable SpendCategory category, long amountPence,
    @Nullable String note) {

  /** What is wrong with it on its own, field by field (the budget's period is checked by the service). */
  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (spentOn == null) {
      problems.add(new FieldProblem("spentOn", "Enter the day the money was spent"));
    }
    if (category == null) {
      problems.add(new FieldProblem("category", "Select what the money was spent on"));
    }
    if (amountPence <= 0) {
      problems.add(new FieldProblem("amount", "The amount spent must be more than £0.00"));
    } else if (amountPence >= 100_000_000_00L) {
      problems.add(new FieldProblem("amount", "The amount spent must be less than £100,000,000"));
    }
    if (note != null && note.length() > 2000) {
      problems.add(new FieldProblem("note", "The note must be 2,000 characters or fewer"));
    }
    return problems;
  }
}
