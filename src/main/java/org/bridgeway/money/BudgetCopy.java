package org.bridgeway.money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.portal.CopyPart;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The person's personal budgets in their copy of their record: each budget, then its spends, amounts in pounds. */
@Component
class BudgetCopy implements CopyPart {

  private final PersonalBudgets budgets;

  BudgetCopy(PersonalBudgets budgets) {
    this.budgets = budgets;
  }

  @Override
  public String fileName() {
    return "budget.csv";
  }

  @Override
  public String about() {
    return "Your personal budgets: the amount and period of each, how it is held, and what was spent from it.";
  }

  @Override
  public List<List<? extends @Nullable Object>> rows(CurrentUser me) {
    List<List<? extends @Nullable Object>> rows = new ArrayList<>();
    rows.add(List.of("Kind", "Budget from", "Budget to", "How it is held or what for", "Date", "Amount", "Note",
        "Voided because"));
    for (BudgetView view : budgets.mine(me)) {
      PersonalBudget b = view.budget();
      rows.add(Arrays.asList("Budget", b.startDate(), b.endDate(), b.kind().label(), null,
          Pounds.decimal(b.amountPence()), b.note(), null));
      for (Spend s : view.spends()) {
        rows.add(Arrays.asList("Spend", b.startDate(), b.endDate(), s.category().label(), s.spentOn(),
            Pounds.decimal(s.amountPence()), s.note(), s.voidedReason()));
      }
    }
    return rows;
  }
}
