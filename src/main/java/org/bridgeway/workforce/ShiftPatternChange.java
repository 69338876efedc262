package org.bridgeway.workforce;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A change to a shift pattern as typed in: its times as 24-hour "HH:MM", the days of the week it runs on, and
 * how many staff it needs (1 to 50). {@code version} is the pattern's version the change was made from.
 */
public record ShiftPatternChange(@Nullable String startsAt, @Nullable String endsAt, @Nullable String staffNeeded,
    Set<DayOfWeek> days, int version) {

  public ShiftPatternChange {
    days = days == null ? Set.of() : Set.copyOf(days);
  }

  public List<FieldProblem> problems(String name) {
    List<FieldProblem> problems = new ArrayList<>(
        new NewShiftPattern(name, startsAt, endsAt, staffNeeded).problems());
    if (days.isEmpty()) {
      problems.add(new FieldProblem("days", "Choose at least one day the shift runs on"));
    }
    return problems;
  }
}
