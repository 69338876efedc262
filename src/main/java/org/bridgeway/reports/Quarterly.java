package org.bridgeway.reports;

import java.util.List;
import org.bridgeway.figures.Figure;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.Period;
import org.bridgeway.money.BudgetYear;
import org.jspecify.annotations.Nullable;

/**
 * The quarterly report for commissioners: every alliance figure for the quarter against the same quarter a year
 * earlier, always with small numbers suppressed; the charted figures over the eight quarters ending with it; and
 * the financial year's cost of care against its budget, when a budget is set.
 */
public record Quarterly(String allianceName, Quarter quarter, Period baseline, List<Figure> figures,
    List<FigureId> charted, List<QuarterValues> series, @Nullable BudgetYear budget) {

  /**
   * The charted figures for one quarter, in the order of {@code charted}: each value (none where suppressed or
   * missing) and its text as shown.
   */
  public record QuarterValues(Quarter quarter, List<java.math.@Nullable BigDecimal> values, List<String> texts) {}
}
