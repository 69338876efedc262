package org.bridgeway.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.money.AllianceBudgets;
import org.bridgeway.money.BudgetYear;
import org.bridgeway.money.MonthCost;
import org.bridgeway.money.Pounds;
import org.bridgeway.shared.AccessDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spend against budget for a financial year (1 April to 31 March), month by month, in pence. Cost: the cost of
 * care of each month that has ended (actual, from the records), and for the months still to come the money
 * module's forecast ({@link BudgetYear}). The budget's monthly share spreads the original budget over the year's
 * days: the share to the end of a month is original budget × days from 1 April to that month end / days in the
 * year, rounded half-up to the penny; a month's share is that less the share to the end of the month before, so
 * the twelve shares add up to the budget exactly. Totals only: commissioners see it as everyone does.
 */
@Service
public class SpendAgainstBudget {

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy");

  private final AllianceBudgets budgets;

  SpendAgainstBudget(AllianceBudgets budgets) {
    this.budgets = budgets;
  }

  public record Month(YearMonth month, long costPence, boolean actual, long budgetPence, long cumulativeCostPence,
      long cumulativeBudgetPence) {

    public String label() {
      return month.format(MONTH);
    }

    public String costText() {
      return Pounds.text(costPence);
    }

    public String budgetText() {
      return Pounds.text(budgetPence);
    }

    public String cumulativeCostText() {
      return Pounds.text(cumulativeCostPence);
    }

    public String cumulativeBudgetText() {
      return Pounds.text(cumulativeBudgetPence);
    }
  }

  public record Spend(int startYear, long originalPence, List<Month> months) {

    public String label() {
      return "1 April " + startYear + " to 31 March " + (startYear + 1);
    }

    public String originalText() {
      return Pounds.text(originalPence);
    }
  }

  public int currentYear() {
    return budgets.currentYear();
  }

  /** The financial years with a budget, by the year they start. */
  public List<Integer> years(CurrentUser user) {
    require(user);
    return budgets.years(user);
  }

  /** The year's spend against its budget; empty when no budget is set for the year. */
  @Transactional
  public Optional<Spend> year(CurrentUser user, int startYear) {
    require(user);
    if (!budgets.years(user).contains(startYear)) {
      return Optional.empty();
    }
    BudgetYear year = budgets.year(user, startYear);
    long days = ChronoUnit.DAYS.between(year.firstDay(), year.lastDay()) + 1;
    List<Month> months = new ArrayList<>();
    long cost = 0;
    long shareBefore = 0;
    for (MonthCost m : year.months()) {
      long daysSoFar = ChronoUnit.DAYS.between(year.firstDay(), m.month().atEndOfMonth()) + 1;
      long shareSoFar = BigDecimal.valueOf(year.originalPence()).multiply(BigDecimal.valueOf(daysSoFar))
          .divide(BigDecimal.valueOf(days), 0, RoundingMode.HALF_UP).longValueExact();
      cost += m.pence();
      months.add(new Month(m.month(), m.pence(), m.actual(), shareSoFar - shareBefore, cost, shareSoFar));
      shareBefore = shareSoFar;
    }
    return Optional.of(new Spend(startYear, year.originalPence(), months));
  }

  private static void require(CurrentUser user) {
    if (!AllianceFigures.maySee(user)) {
      throw new AccessDenied("alliance figures");
    }
  }
}
