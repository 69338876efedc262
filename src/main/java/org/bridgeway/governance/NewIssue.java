package org.bridgeway.governance;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** An issue raised at a meeting, in the words used, and who raised it (a first name, initials, or "a member"). */
public record NewIssue(@Nullable String text, @Nullable String raisedBy) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    Words.required(problems, "text", text, 2000, "Enter the issue raised");
    Words.atMost(problems, "raisedBy", raisedBy, 200);
    return problems;
  }
}
