package org.bridgeway.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** What is recorded about a forum meeting: when and where it was held, who chaired it, and its notes. */
public record MeetingDetails(@Nullable LocalDate heldOn, @Nullable String place, @Nullable String chair,
    @Nullable String notes) {

  public List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (heldOn == null) {
      problems.add(new FieldProblem("heldOn", "Enter the date of the meeting"));
    } else if (heldOn.isAfter(today.plusYears(1))) {
      problems.add(new FieldProblem("heldOn", "Enter a date no more than a year ahead"));
    }
    Words.required(problems, "place", place, 200, "Enter where the meeting was held");
    Words.required(problems, "chair", chair, 200, "Enter who chaired the meeting");
    Words.atMost(problems, "notes", notes, 4000);
    return problems;
  }
}
