package org.bridgeway.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Closing an action: the day it was closed and, in plain words for the public page, what we did. */
public record Closing(@Nullable LocalDate closedOn, @Nullable String whatWeDid) {

  /** The problems; an action cannot be closed before the meeting that raised it, nor in the future. */
  public List<FieldProblem> problems(LocalDate raisedOn, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (closedOn == null) {
      problems.add(new FieldProblem("closedOn", "Enter the date the action was closed"));
    } else if (closedOn.isBefore(raisedOn)) {
      problems.add(new FieldProblem("closedOn", "The action cannot be closed before the meeting that raised it, on "
          + Dates.show(raisedOn)));
    } else if (closedOn.isAfter(today)) {
      problems.add(new FieldProblem("closedOn", "The closing date cannot be in the future"));
    }
    Words.required(problems, "whatWeDid", whatWeDid, 2000, "Enter what we did, in words people will understand");
    return problems;
  }
}
