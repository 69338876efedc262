package org.bridgeway.money.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.money.BudgetKind;
import org.bridgeway.money.NewPersonalBudget;
import org.bridgeway.money.PersonalBudget;
import org.bridgeway.money.Pounds;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What the personal budget form sends: how it is held, the amount in pounds, its period, a note, the version read. */
record PersonalBudgetForm(@Nullable String kind, @Nullable String amount,
    @Nullable String startDay, @Nullable String startMonth, @Nullable String startYear,
    @Nullable String endDay, @Nullable String endMonth, @Nullable String endYear,
    @Nullable String note, @Nullable Integer version) {

  static PersonalBudgetForm empty() {
    return new PersonalBudgetForm(null, null, null, null, null, null, null, null, null, null);
  }

  static PersonalBudgetForm of(PersonalBudget b) {
    return new PersonalBudgetForm(b.kind().name(), Pounds.decimal(b.amountPence()).toPlainString(),
        String.valueOf(b.startDate().getDayOfMonth()), String.valueOf(b.startDate().getMonthValue()),
        String.valueOf(b.startDate().getYear()), String.valueOf(b.endDate().getDayOfMonth()),
        String.valueOf(b.endDate().getMonthValue()), String.valueOf(b.endDate().getYear()), b.note(), b.version());
  }

  NewPersonalBudget budget() {
    List<FieldProblem> problems = new ArrayList<>();
    BudgetKind k = null;
    try {
      k = kind == null || kind.isBlank() ? null : BudgetKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      k = null;
    }
    if (k == null) {
      problems.add(new FieldProblem("kind", "Select how the budget is held"));
    }
    long pence = 0;
    try {
      pence = Pounds.parse("amount", "budget", amount);
      if (pence == 0) {
        problems.add(new FieldProblem("amount", "The budget must be more than £0.00"));
      }
    } catch (InvalidInput e) {
      problems.addAll(e.problems());
    }
    LocalDate start = date(problems, "start", "Enter the first day of the period", startDay, startMonth, startYear);
    LocalDate end = date(problems, "end", "Enter the last day of the period", endDay, endMonth, endYear);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new NewPersonalBudget(k, pence, start, end, note);
  }

  static @Nullable LocalDate date(List<FieldProblem> problems, String field, String blank, @Nullable String day,
      @Nullable String month, @Nullable String year) {
    if (DateParts.blank(day, month, year)) {
      problems.add(new FieldProblem(field, blank));
      return null;
    }
    LocalDate date = DateParts.parse(day, month, year).orElse(null);
    if (date == null) {
      problems.add(new FieldProblem(field, "Enter a real date, like 1 4 2026"));
    }
    return date;
  }
}
