package org.bridgeway.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an open move plan that change as it goes along: the target date, readiness, who decides, and
 * the handover of the person's plan and strengths to the receiving service. The whole set is saved at once.
 */
public record MoveChanges(
    @Nullable LocalDate targetDate, @Nullable Readiness readiness, @Nullable LocalDate readySince,
    @Nullable String decidedBy, @Nullable Boolean handoverPlanShared, @Nullable LocalDate handoverOn,
    @Nullable String handoverStrengths, @Nullable String handoverNotes) {

  public List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>(NewMovePlan.readinessProblems(readiness, readySince, today));
    problems.addAll(NewMovePlan.decidedByProblems(decidedBy));
    if (shared() && handoverOn == null) {
      problems.add(new FieldProblem("handoverOn", "Enter the date the plan was shared, like 10 5 2026"));
    } else if (shared() && handoverOn.isAfter(today)) {
      problems.add(new FieldProblem("handoverOn", "The date the plan was shared must be today or in the past"));
    }
    if (handoverStrengths != null && handoverStrengths.trim().length() > NewStay.LONG_TEXT) {
      problems.add(new FieldProblem("handoverStrengths", "Enter the strengths in 1000 characters or fewer"));
    }
    if (handoverNotes != null && handoverNotes.trim().length() > NewStay.LONG_TEXT) {
      problems.add(new FieldProblem("handoverNotes", "Enter notes of 1000 characters or fewer"));
    }
    return problems;
  }

  public boolean shared() {
    return Boolean.TRUE.equals(handoverPlanShared);
  }

  public @Nullable LocalDate readyDay() {
    return readiness == Readiness.READY ? readySince : null;
  }

  /** The handover as it will be saved: no date unless the plan was shared. */
  public Handover handover() {
    return new Handover(shared(), shared() ? handoverOn : null, NewMovePlan.text(handoverStrengths),
        NewMovePlan.text(handoverNotes));
  }

  public String decider() {
    return decidedBy == null ? "" : decidedBy.trim();
  }
}
