package org.bridgeway.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Progress towards a goal as someone records it. */
public record NewProgress(@Nullable Progress progress, @Nullable LocalDate recordedOn, @Nullable String note) {

  public List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (progress == null) {
      problems.add(new FieldProblem("progress", "Select how far the goal has come"));
    }
    if (recordedOn == null) {
      problems.add(new FieldProblem("recordedOn", "Enter the date, like 10 5 2026"));
    } else if (recordedOn.isAfter(today)) {
      problems.add(new FieldProblem("recordedOn", "The date cannot be in the future"));
    }
    if (note != null && note.trim().length() > 2000) {
      problems.add(new FieldProblem("note", "Keep the note to 2000 characters or fewer"));
    }
    return problems;
  }
}
