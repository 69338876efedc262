package org.bridgeway.shared;

import java.util.List;

/** The input broke one or more rules; nothing was saved. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
public class InvalidInput extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInput(List<FieldProblem> problems) {
    super(problems.isEmpty() ? "Invalid input" : problems.get(0).message());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
