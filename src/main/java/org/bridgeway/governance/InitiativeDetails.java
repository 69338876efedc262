package org.bridgeway.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What is recorded about an improvement initiative or pilot: its title and aims, its area (a locality of the
 * alliance or words), status, when people who use services were involved, how it was evaluated and its outcomes
 * in words.
 */
public record InitiativeDetails(@Nullable String title, @Nullable String aims, @Nullable UUID localityId,
    @Nullable String area, @Nullable InitiativeStatus status, Set<Involvement> involvement,
    @Nullable EvaluationKind evaluation, @Nullable String outcomes) {

  public InitiativeDetails {
    involvement = involvement == null ? Set.of() : Set.copyOf(involvement);
  }

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    Words.required(problems, "title", title, 200, "Enter the title of the initiative");
    Words.required(problems, "aims", aims, 4000, "Enter what the initiative aims to do");
    Words.atMost(problems, "area", area, 200);
    if (status == null) {
      problems.add(new FieldProblem("status", "Select the status of the initiative"));
    }
    Words.atMost(problems, "outcomes", outcomes, 4000);
    return problems;
  }
}
