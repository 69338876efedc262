package org.bridgeway.money.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.money.BudgetDetails;
import org.bridgeway.money.Pounds;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What the budget forms send: the original budget and savings target, or a funder and their contribution. */
record BudgetForm(@Nullable String original, @Nullable String target, @Nullable String funder,
    @Nullable String amount) {

  static BudgetForm empty() {
    return new BudgetForm(null, null, null, null);
  }

  BudgetDetails details() {
    List<FieldProblem> problems = new ArrayList<>();
    long pence = 0;
    try {
      pence = Pounds.parse("original", "original budget", original);
    } catch (InvalidInput e) {
      problems.addAll(e.problems());
    }
    int basisPoints = 0;
    String typed = target == null ? "" : target.trim().replace("%", "");
    try {
      BigDecimal percent = new BigDecimal(typed.isEmpty() ? "0" : typed);
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.scale() > 2) {
        problems.add(new FieldProblem("target", "The savings target must be a percentage from 0 to 100"));
      } else {
        basisPoints = percent.movePointRight(2).intValueExact();
      }
    } catch (NumberFormatException | ArithmeticException e) {
      problems.add(new FieldProblem("target", "Enter the savings target as a percentage, like 23"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new BudgetDetails(pence, basisPoints);
  }

  long amountPence() {
    return Pounds.parse("amount", "contribution", amount);
  }
}
