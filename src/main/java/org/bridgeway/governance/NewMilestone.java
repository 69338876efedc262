package org.bridgeway.governance;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A milestone to add: the year, what it is, and whether it is done. */
public record NewMilestone(@Nullable Integer year, @Nullable String text, boolean done) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (year == null || year < 1900 || year > 2200) {
      problems.add(new FieldProblem("year", "Enter the year of the milestone, like 2007"));
    }
    Words.required(problems, "text", text, 500, "Enter what the milestone is");
    return problems;
  }
}
