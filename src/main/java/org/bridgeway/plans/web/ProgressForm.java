package org.bridgeway.plans.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.plans.NewProgress;
import org.bridgeway.plans.Progress;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What a goal's progress form sends; its fields are named after the goal, so each goal has its own. */
record ProgressForm(UUID goalId, @Nullable String progress, @Nullable String day, @Nullable String month,
    @Nullable String year, @Nullable String note) {

  static ProgressForm from(UUID goalId, Map<String, String> sent) {
    return new ProgressForm(goalId, sent.get("progress"), sent.get("on-" + goalId + "Day"),
        sent.get("on-" + goalId + "Month"), sent.get("on-" + goalId + "Year"),
        sent.get("note"));
  }

  NewProgress entry() {
    LocalDate on = null;
    if (!DateParts.blank(day, month, year)) {
      on = DateParts.parse(day, month, year).orElseThrow(() -> new InvalidInput(java.util.List.of(
          new FieldProblem("recordedOn", "Enter a real date, like 10 5 2026"))));
    }
    Progress chosen = Arrays.stream(Progress.values()).filter(p -> p.name().equals(progress)).findFirst()
        .orElse(null);
    return new NewProgress(chosen, on, note);
  }

  Map<String, String> fieldNames() {
    return Map.of("progress", "progress-" + goalId, "recordedOn", "on-" + goalId, "note", "note-" + goalId);
  }
}
