package org.bridgeway.governance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.governance.ActionDetails;
import org.bridgeway.governance.ForumAction;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What the action form sends. */
record ActionForm(@Nullable Integer version, @Nullable String what, @Nullable String ownerId,
    @Nullable String dueOnDay, @Nullable String dueOnMonth, @Nullable String dueOnYear) {

  static ActionForm dueOn(LocalDate day) {
    return new ActionForm(null, null, null, FormDates.day(day), FormDates.month(day), FormDates.year(day));
  }

  static ActionForm of(ForumAction a) {
    return new ActionForm(a.version(), a.what(), a.ownerId().toString(), FormDates.day(a.dueOn()),
        FormDates.month(a.dueOn()), FormDates.year(a.dueOn()));
  }

  ActionDetails details() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate due = FormDates.date("dueOn", dueOnDay, dueOnMonth, dueOnYear, problems);
    ActionDetails details = new ActionDetails(what, uuid(ownerId), due);
    if (!problems.isEmpty()) {
      details.problems().stream().filter(p -> !p.field().equals("dueOn")).forEach(problems::add);
      throw new InvalidInput(problems);
    }
    return details;
  }

  static @Nullable UUID uuid(@Nullable String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
