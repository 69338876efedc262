package org.bridgeway.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A move to plan: the person's open stay it is from (none when they come onto the pathway), the receiving
 * service, the target date, whether they are ready and since when, and who decides. Checks itself against
 * today; that the stay and the service are theirs and the alliance's is checked by {@link Moves}.
 */
public record NewMovePlan(
    @Nullable UUID fromStayId, @Nullable UUID toServiceId, @Nullable LocalDate targetDate,
    @Nullable Readiness readiness, @Nullable LocalDate readySince, @Nullable String decidedBy) {

  static final int SHORT_TEXT = 200;

  public List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (toServiceId == null) {
      problems.add(new FieldProblem("toServiceId", "Select the service they are moving to"));
    }
    problems.addAll(readinessProblems(readiness, readySince, today));
    problems.addAll(decidedByProblems(decidedBy));
    return problems;
  }

  /** The day they were ready since; none while they are not yet ready. */
  public @Nullable LocalDate readyDay() {
    return readiness == Readiness.READY ? readySince : null;
  }

  public String decider() {
    return decidedBy == null ? "" : decidedBy.trim();
  }

  static List<FieldProblem> readinessProblems(@Nullable Readiness readiness, @Nullable LocalDate readySince,
      LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (readiness == null) {
      problems.add(new FieldProblem("readiness", "Select whether they are ready to move"));
    } else if (readiness == Readiness.READY && readySince == null) {
      problems.add(new FieldProblem("readySince", "Enter the date they have been ready since, like 10 5 2026"));
    } else if (readiness == Readiness.READY && readySince.isAfter(today)) {
      problems.add(new FieldProblem("readySince", "The date they were ready since must be today or in the past"));
    }
    return problems;
  }

  static List<FieldProblem> decidedByProblems(@Nullable String decidedBy) {
    if (decidedBy == null || decidedBy.isBlank()) {
      return List.of(new FieldProblem("decidedBy",
          "Enter who decides on the move, like \"the person with their care coordinator\""));
    }
    if (decidedBy.trim().length() > SHORT_TEXT) {
      return List.of(new FieldProblem("decidedBy", "Enter who decides in 200 characters or fewer"));
    }
    return List.of();
  }

  static @Nullable String text(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
