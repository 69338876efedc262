package org.bridgeway.careteam;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The rules for leaving a team: an open membership ends on a day not before it started, for a stated reason. */
final class Leaving {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Leaving() {}

  static List<FieldProblem> problems(TeamMember member, @Nullable LocalDate endDate, @Nullable String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    if (member.endDate() != null) {
      problems.add(new FieldProblem("endDate", member.staffName() + " already left the team on "
          + DAY.format(member.endDate())));
      return problems;
    }
    if (endDate == null) {
      problems.add(new FieldProblem("endDate", "Enter the date they leave the team, like 10 5 2026"));
    } else if (endDate.isBefore(member.startDate())) {
      problems.add(new FieldProblem("endDate", "The date they leave must be on or after the day they joined, "
          + DAY.format(member.startDate())));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reason", "Enter why they are leaving the team"));
    } else if (reason.trim().length() > CareTeams.MOST_REASON) {
      problems.add(new FieldProblem("reason", "Enter a reason of " + CareTeams.MOST_REASON + " characters or fewer"));
    }
    return problems;
  }
}
