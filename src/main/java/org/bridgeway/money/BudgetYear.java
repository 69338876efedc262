package org.bridgeway.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The alliance budget of the financial year starting 1 April {@code startYear}: its funders, the original budget,
 * the cost of care month by month (actual for the months that have ended, forecast for the rest), and the
 * savings. Forecast: the cost per day of the last month that has ended, times the days of each month left,
 * rounded half-up to the penny per month; with no month ended yet there is no forecast. Savings = original budget
 * − (actual to date + forecast); savings share = savings / original budget.
 *
 * <p>{@code moves} lists the moves down the ladder in the year by person only for a user who may see them (empty
 * for commissioners); {@code moveCount} and {@code movesYearlyPence} are the totals. {@code small} is true when
 * the count is from 1 to 4 and the user sees totals only: then the count and total are not shown.
 */
public record BudgetYear(int startYear, long originalPence, int targetBasisPoints, List<Funder> funders,
    List<MonthCost> months, @Nullable YearMonth lastEnded, List<SavingMove> moves, int moveCount,
    long movesYearlyPence, boolean totalsOnly) {

  public LocalDate firstDay() {
    return LocalDate.of(startYear, 4, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, 3, 31);
  }

  public String label() {
    return "1 April " + startYear + " to 31 March " + (startYear + 1);
  }

  public String shortLabel() {
    return startYear + " to " + (startYear + 1);
  }

  public long fundedPence() {
    return funders.stream().mapToLong(Funder::pence).sum();
  }

  public long actualPence() {
    return months.stream().filter(MonthCost::actual).mapToLong(MonthCost::pence).sum();
  }

  public long forecastPence() {
    return months.stream().filter(m -> !m.actual()).mapToLong(MonthCost::pence).sum();
  }

  public boolean hasForecast() {
    return lastEnded != null;
  }

  public long outturnPence() {
    return actualPence() + forecastPence();
  }

  public long savingsPence() {
    return originalPence - outturnPence();
  }

  /** The savings share as a percentage to one decimal place, or "no baseline" when the original budget is 0. */
  public String savingsShareText() {
    if (originalPence == 0) {
      return "no baseline";
    }
    return share().toPlainString() + "%";
  }

  BigDecimal share() {
    return BigDecimal.valueOf(savingsPence()).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(originalPence), 1, RoundingMode.HALF_UP);
  }

  public String targetText() {
    return BigDecimal.valueOf(targetBasisPoints, 2).stripTrailingZeros().toPlainString() + "%";
  }

  /** True when the savings share reaches the target. */
  public boolean targetMet() {
    return originalPence > 0 && savingsPence() * 10000 >= (long) targetBasisPoints * originalPence;
  }

  public long targetPence() {
    return BigDecimal.valueOf(originalPence).multiply(BigDecimal.valueOf(targetBasisPoints))
        .divide(BigDecimal.valueOf(10000), 0, RoundingMode.HALF_UP).longValueExact();
  }

  public boolean small() {
    return totalsOnly && moveCount >= 1 && moveCount <= 4;
  }

  public String moveCountText() {
    return small() ? "fewer than 5" : String.format("%,d", moveCount);
  }

  public String movesYearlyText() {
    return small() ? "not shown (fewer than 5 moves)" : Pounds.text(movesYearlyPence);
  }

  public String text(long pence) {
    return Pounds.text(pence);
  }
}
