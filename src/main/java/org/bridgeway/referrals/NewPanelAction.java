package org.bridgeway.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** An action agreed at the panel: what, who owns it, when it is due, and the referral it is about, if any. */
public record NewPanelAction(@Nullable UUID referralId, @Nullable String action, @Nullable String owner,
    @Nullable LocalDate dueOn) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (action == null || action.isBlank()) {
      problems.add(new FieldProblem("action", "Enter what needs to be done"));
    } else if (action.length() > 1000) {
      problems.add(new FieldProblem("action", "Enter the action in 1000 characters or fewer"));
    }
    if (owner == null || owner.isBlank()) {
      problems.add(new FieldProblem("owner", "Enter who will do it"));
    } else if (owner.length() > 200) {
      problems.add(new FieldProblem("owner", "Enter the owner in 200 characters or fewer"));
    }
    if (dueOn == null) {
      problems.add(new FieldProblem("dueOn", "Enter the date it is due, like 27 3 2026"));
    }
    return problems;
  }
}
