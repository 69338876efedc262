package org.bridgeway.alliance;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A day and the hours a service is open on it; it must close after it opens, on the same day. */
public record NewOpeningTime(@Nullable DayOfWeek day, @Nullable LocalTime opens, @Nullable LocalTime closes) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (day == null) {
      problems.add(new FieldProblem("day", "Select the day of the week"));
    }
    if (opens == null) {
      problems.add(new FieldProblem("opens", "Enter the opening time, like 09:30"));
    }
    if (closes == null) {
      problems.add(new FieldProblem("closes", "Enter the closing time, like 16:00"));
    } else if (opens != null && !closes.isAfter(opens)) {
      problems.add(new FieldProblem("closes", "The closing time must be after the opening time"));
    }
    return problems;
  }
}
