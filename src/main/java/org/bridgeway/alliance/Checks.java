package org.bridgeway.alliance;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;

/** Applies a command's Bean Validation rules, so the pages and the JSON API refuse the same input. */
final class Checks {

  private Checks() {}

  /** Throws {@link InvalidInput} listing each field at fault, in the order the command declares them. */
  static void valid(Validator validator, Record command) {
    List<String> order = Arrays.stream(command.getClass().getRecordComponents()).map(c -> c.getName()).toList();
    List<FieldProblem> problems = validator.validate(command).stream()
        .map(Checks::problem)
        .sorted(Comparator.comparingInt(p -> order.indexOf(p.field())))
        .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  /** Throws {@link InvalidInput} when a self-validating command lists any problems. */
  static void valid(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private static FieldProblem problem(ConstraintViolation<?> violation) {
    return new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage());
  }
}
