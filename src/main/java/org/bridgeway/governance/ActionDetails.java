package org.bridgeway.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** What an action is, the member of staff who owns it and when it is due. */
public record ActionDetails(@Nullable String what, @Nullable UUID ownerId, @Nullable LocalDate dueOn) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    Words.required(problems, "what", what, 1000, "Enter what will be done");
    if (ownerId == null) {
      problems.add(new FieldProblem("ownerId", "Select the member of staff who owns the action"));
    }
    if (dueOn == null) {
      problems.add(new FieldProblem("dueOn", "Enter when the action is due"));
    }
    return problems;
  }
}
