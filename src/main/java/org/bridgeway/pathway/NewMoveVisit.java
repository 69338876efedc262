package org.bridgeway.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A visit or meeting with the receiving service to record: the day, what it was, with whom, and notes. */
public record NewMoveVisit(
    @Nullable LocalDate visitDate, @Nullable VisitKind kind, @Nullable String withWhom, @Nullable String notes) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (visitDate == null) {
      problems.add(new FieldProblem("visitDate", "Enter the date of the visit, like 10 5 2026"));
    }
    if (kind == null) {
      problems.add(new FieldProblem("kind", "Select what kind of visit it was"));
    }
    if (withWhom != null && withWhom.trim().length() > NewMovePlan.SHORT_TEXT) {
      problems.add(new FieldProblem("withWhom", "Enter who it was with in 200 characters or fewer"));
    }
    if (notes != null && notes.trim().length() > NewStay.LONG_TEXT) {
      problems.add(new FieldProblem("notes", "Enter notes of 1000 characters or fewer"));
    }
    return problems;
  }
}
