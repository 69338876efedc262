package org.bridgeway.money.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.money.NewSpend;
import org.bridgeway.money.Pounds;
import org.bridgeway.money.SpendCategory;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What the spend form sends: the day, what for, the amount in pounds and a note. */
record SpendForm(@Nullable String spentOnDay, @Nullable String spentOnMonth, @Nullable String spentOnYear,
    @Nullable String category, @Nullable String amount, @Nullable String note) {

  static SpendForm empty() {
    return new SpendForm(null, null, null, null, null, null);
  }

  NewSpend spend() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate day = PersonalBudgetForm.date(problems, "spentOn", "Enter the day the money was spent",
        spentOnDay, spentOnMonth, spentOnYear);
    SpendCategory c = null;
    try {
      c = category == null || category.isBlank() ? null : SpendCategory.valueOf(category);
    } catch (IllegalArgumentException e) {
      c = null;
    }
    if (c == null) {
      problems.add(new FieldProblem("category", "Select what the money was spent on"));
    }
    long pence = 0;
    try {
      pence = Pounds.parse("amount", "amount spent", amount);
      if (pence == 0) {
        problems.add(new FieldProblem("amount", "The amount spent must be more than £0.00"));
      }
    } catch (InvalidInput e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new NewSpend(day, c, pence, note);
  }
}
