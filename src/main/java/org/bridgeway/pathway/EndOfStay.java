package org.bridgeway.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * How a stay ends: the end date (the first day the person is no longer there), the reason, and where they went.
 * Checks itself; that the end is not before the start is checked against the stay.
 */
public record EndOfStay(@Nullable LocalDate endDate, @Nullable EndReason reason, @Nullable String destination) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (endDate == null) {
      problems.add(new FieldProblem("endDate", "Enter the date the stay ends, like 10 5 2026"));
    }
    if (reason == null) {
      problems.add(new FieldProblem("reason", "Select why the stay ended"));
    }
    if (destination != null && destination.trim().length() > NewStay.LONG_TEXT) {
      problems.add(new FieldProblem("destination", "Enter where they went in 1000 characters or fewer"));
    }
    return problems;
  }

  public @Nullable String destinationText() {
    return destination == null || destination.isBlank() ? null : destination.trim();
  }
}
