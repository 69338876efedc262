package org.bridgeway.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The period, baseline and filters asked for. With no period, the last full quarter; with no baseline, the
 * period of the same length a year earlier. A period needs both its first and last day. The dashboard, its
 * drill-down, its exports and the API all read their choice so.
 */
public record Choice(Period period, Period baseline, Filters filters) {

  public static Choice of(@Nullable LocalDate start, @Nullable LocalDate end, @Nullable LocalDate baselineStart,
      @Nullable LocalDate baselineEnd, Filters filters, Period byDefault) {
    List<FieldProblem> problems = new ArrayList<>();
    Period period = period(start, end, "start", "end", problems);
    Period baseline = period(baselineStart, baselineEnd, "baselineStart", "baselineEnd", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Period chosen = period == null ? byDefault : period;
    return new Choice(chosen, baseline == null ? chosen.yearEarlier() : baseline, filters);
  }

  private static @Nullable Period period(@Nullable LocalDate start, @Nullable LocalDate end, String startField,
      String endField, List<FieldProblem> problems) {
    if (start == null && end == null) {
      return null;
    }
    if (start == null || end == null) {
      problems.add(new FieldProblem(start == null ? startField : endField,
          "Enter both the first and the last day of the period"));
      return null;
    }
    if (end.isBefore(start)) {
      problems.add(new FieldProblem(endField, "The last day must be on or after the first day"));
      return null;
    }
    return new Period(start, end);
  }
}
