package org.bridgeway.referrals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A panel meeting as a manager schedules it. */
public record NewPanelMeeting(
    @Nullable LocalDate meetsOn, @Nullable LocalTime startsAt, @Nullable String location, @Nullable String chair) {

  public List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (meetsOn == null) {
      problems.add(new FieldProblem("meetsOn", "Enter the date of the panel, like 27 3 2026"));
    } else if (meetsOn.isBefore(today)) {
      problems.add(new FieldProblem("meetsOn", "The date of the panel must be today or in the future"));
    }
    if (startsAt == null) {
      problems.add(new FieldProblem("startsAt", "Enter the start time, like 10:00"));
    }
    if (location == null || location.isBlank()) {
      problems.add(new FieldProblem("location", "Enter where the panel meets, or how to join it"));
    } else if (location.length() > 200) {
      problems.add(new FieldProblem("location", "Enter the place in 200 characters or fewer"));
    }
    if (chair == null || chair.isBlank()) {
      problems.add(new FieldProblem("chair", "Enter the name of the chair"));
    } else if (chair.length() > 200) {
      problems.add(new FieldProblem("chair", "Enter the chair's name in 200 characters or fewer"));
    }
    return problems;
  }
}
