package org.bridgeway.workforce;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A shift pattern as typed in: times as 24-hour "HH:MM", staff needed as a whole number from 1 to 50. */
public record NewShiftPattern(@Nullable String name, @Nullable String startsAt, @Nullable String endsAt,
    @Nullable String staffNeeded) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (name == null || name.isBlank()) {
      problems.add(new FieldProblem("name", "Enter the shift's name, like Early"));
    }
    if (time(startsAt) == null) {
      problems.add(new FieldProblem("startsAt", "Enter the time the shift starts, like 07:00"));
    }
    if (time(endsAt) == null) {
      problems.add(new FieldProblem("endsAt", "Enter the time the shift ends, like 15:00"));
    } else if (time(endsAt).equals(time(startsAt))) {
      problems.add(new FieldProblem("endsAt", "A shift cannot end at the time it starts"));
    }
    Integer needed = needed();
    if (needed == null || needed < 1 || needed > 50) {
      problems.add(new FieldProblem("staffNeeded", "Enter how many staff the shift needs, from 1 to 50"));
    }
    return problems;
  }

  public static @Nullable LocalTime time(@Nullable String text) {
    if (text == null || !text.trim().matches("\\d{1,2}[:.]\\d{2}")) {
      return null;
    }
    String t = text.trim().replace('.', ':');
    try {
      return LocalTime.parse(t.length() == 4 ? "0" + t : t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public @Nullable Integer needed() {
    try {
      return staffNeeded == null ? null : Integer.valueOf(staffNeeded.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
