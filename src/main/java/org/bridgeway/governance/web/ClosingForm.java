package org.bridgeway.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.governance.Closing;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What the form closing an action sends. */
record ClosingForm(@Nullable Integer version, @Nullable String closedOnDay, @Nullable String closedOnMonth,
    @Nullable String closedOnYear, @Nullable String whatWeDid) {

  static ClosingForm on(LocalDate day, int version) {
    return new ClosingForm(version, FormDates.day(day), FormDates.month(day), FormDates.year(day), null);
  }

  /** The closing typed; a date that is not real is reported with anything else missing. */
  Closing closing(LocalDate raisedOn, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate closedOn = FormDates.date("closedOn", closedOnDay, closedOnMonth, closedOnYear, problems);
    Closing closing = new Closing(closedOn, whatWeDid);
    if (!problems.isEmpty()) {
      closing.problems(raisedOn, today).stream().filter(p -> !p.field().equals("closedOn")).forEach(problems::add);
      throw new InvalidInput(problems);
    }
    return closing;
  }
}
