package org.bridgeway.governance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** An outcome measure to add: a name, a value with at most two decimal places, and a unit. */
public record NewMeasure(@Nullable String name, @Nullable BigDecimal value, @Nullable String unit) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    Words.required(problems, "name", name, 200, "Enter what was measured");
    if (value == null) {
      problems.add(new FieldProblem("value", "Enter the value as a number, like 65 or 12.5"));
    } else if (value.stripTrailingZeros().scale() > 2 || value.abs().compareTo(new BigDecimal("999999999999")) > 0) {
      problems.add(new FieldProblem("value", "Enter a number with no more than two decimal places"));
    }
    Words.atMost(problems, "unit", unit, 50);
    return problems;
  }
}
