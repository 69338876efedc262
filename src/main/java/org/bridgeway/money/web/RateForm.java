package org.bridgeway.money.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.money.NewRate;
import org.bridgeway.money.Pounds;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What the rate form sends: the weekly rate in pounds and its first (and optional last) day. */
record RateForm(@Nullable String weekly,
    @Nullable String fromDay, @Nullable String fromMonth, @Nullable String fromYear,
    @Nullable String toDay, @Nullable String toMonth, @Nullable String toYear) {

  static RateForm empty() {
    return new RateForm(null, null, null, null, null, null, null);
  }

  NewRate rate() {
    List<FieldProblem> problems = new ArrayList<>();
    long pence = -1;
    try {
      pence = Pounds.parse("weekly", "weekly rate", weekly);
    } catch (InvalidInput e) {
      problems.addAll(e.problems());
    }
    LocalDate from = null;
    if (DateParts.blank(fromDay, fromMonth, fromYear)) {
      problems.add(new FieldProblem("from", "Enter the first day of the rate"));
    } else {
      from = DateParts.parse(fromDay, fromMonth, fromYear).orElse(null);
      if (from == null) {
        problems.add(new FieldProblem("from", "Enter a real date, like 1 4 2026"));
      }
    }
    LocalDate to = null;
    if (!DateParts.blank(toDay, toMonth, toYear)) {
      to = DateParts.parse(toDay, toMonth, toYear).orElse(null);
      if (to == null) {
        problems.add(new FieldProblem("to", "Enter a real date, like 31 3 2027"));
      }
    }
    if (!problems.isEmpty() || from == null) {
      throw new InvalidInput(problems);
    }
    return new NewRate(from, to, pence, null);
  }
}
