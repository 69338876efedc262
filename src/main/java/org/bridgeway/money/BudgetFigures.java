package org.bridgeway.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a personal budget on a day.
 * <ul>
 *   <li><b>Spent</b>: the spends not voided, dated up to and including the day.</li>
 *   <li><b>Balance</b>: the budget's amount less what has been spent.</li>
 *   <li><b>Days gone</b>: the days of the period up to and including the day (none before the period starts; all of
 *       them after it ends).</li>
 *   <li><b>Forecast spend</b> to the end of the period: spent so far per day gone, times the days in the period,
 *       that is spent × days in period ÷ days gone, worked out exactly and rounded half-even to the penny once.
 *       No forecast is made before the period starts (no day has gone). After the period ends it is what was
 *       spent.</li>
 *   <li><b>Forecast balance</b>: the amount less the forecast spend; below zero it is a forecast overspend.</li>
 * </ul>
 */
public record BudgetFigures(long spentPence, long balancePence, long daysInPeriod, long daysGone,
    @Nullable Long forecastSpendPence, @Nullable Long forecastBalancePence, Map<SpendCategory, Long> byCategory) {

  public static BudgetFigures of(PersonalBudget budget, List<Spend> spends, LocalDate today) {
    long spent = 0;
    Map<SpendCategory, Long> byCategory = new EnumMap<>(SpendCategory.class);
    for (Spend spend : spends) {
      if (!spend.voided() && !spend.spentOn().isAfter(today)) {
        spent += spend.amountPence();
        byCategory.merge(spend.category(), spend.amountPence(), Long::sum);
      }
    }
    long days = ChronoUnit.DAYS.between(budget.startDate(), budget.endDate()) + 1;
    long gone;
    if (today.isBefore(budget.startDate())) {
      gone = 0;
    } else if (today.isAfter(budget.endDate())) {
      gone = days;
    } else {
      gone = ChronoUnit.DAYS.between(budget.startDate(), today) + 1;
    }
    Long forecast = gone == 0 ? null : BigDecimal.valueOf(spent).multiply(BigDecimal.valueOf(days))
        .divide(BigDecimal.valueOf(gone), 0, RoundingMode.HALF_EVEN).longValueExact();
    return new BudgetFigures(spent, budget.amountPence() - spent, days, gone, forecast,
        forecast == null ? null : budget.amountPence() - forecast, byCategory);
  }

  public String spentText() {
    return Pounds.text(spentPence);
  }

  public String balanceText() {
    return Pounds.text(balancePence);
  }

  public @Nullable String forecastSpendText() {
    return forecastSpendPence == null ? null : Pounds.text(forecastSpendPence);
  }

  public @Nullable String forecastBalanceText() {
    return forecastBalancePence == null ? null : Pounds.text(forecastBalancePence);
  }

  public boolean forecastOverspend() {
    return forecastBalancePence != null && forecastBalancePence < 0;
  }
}
