package org.bridgeway.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A fidelity review to record: a score of 1 to 5 for each of the 25 items, in item order. */
public record NewFidelityReview(@Nullable LocalDate date, @Nullable String reviewers, List<@Nullable Integer> scores) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (date == null) {
      problems.add(new FieldProblem("date", "Enter the date of the review"));
    }
    if (reviewers == null || reviewers.isBlank()) {
      problems.add(new FieldProblem("reviewers", "Enter who reviewed the team"));
    }
    for (int i = 0; i < FidelityScale.ITEMS.size(); i++) {
      Integer score = i < scores.size() ? scores.get(i) : null;
      if (score == null || score < 1 || score > 5) {
        problems.add(new FieldProblem("item" + (i + 1),
            "Score " + FidelityScale.ITEMS.get(i).toLowerCase() + " from 1 to 5"));
      }
    }
    return problems;
  }
}
