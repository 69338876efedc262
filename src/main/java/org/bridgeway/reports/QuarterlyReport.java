package org.bridgeway.reports;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Figure;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Period;
import org.bridgeway.money.AllianceBudgets;
import org.bridgeway.money.BudgetYear;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the quarterly report for commissioners. It goes to commissioners whoever downloads it, so its figures
 * are always computed as a commissioner sees them, with small numbers suppressed: an administrator or manager
 * asking for it gets exactly what a commissioner would.
 */
@Service
public class QuarterlyReport {

  /** The figures charted over eight quarters. */
  public static final List<FigureId> CHARTED = List.of(FigureId.CASELOAD, FigureId.RESIDENTIAL_PLACEMENTS,
      FigureId.REHAB_ADMISSIONS, FigureId.RESIDENTIAL_ENTRANCES, FigureId.RESIDENTIAL_DISCHARGES, FigureId.MOVED_ON);

  /** How many quarters the charts cover, ending with the report's own. */
  public static final int QUARTERS = 8;

  private final AllianceFigures figures;
  private final AllianceBudgets budgets;
  private final AuditTrail audit;

  QuarterlyReport(AllianceFigures figures, AllianceBudgets budgets, AuditTrail audit) {
    this.figures = figures;
    this.budgets = budgets;
    this.audit = audit;
  }

  /** The last full quarter before today: the one a report is usually for. */
  public Quarter lastFullQuarter() {
    return Quarter.of(figures.defaultPeriod().start());
  }

  /** The quarters offered: the last full quarter and the seven before it. */
  public List<Quarter> offered() {
    List<Quarter> list = new ArrayList<>();
    Quarter q = lastFullQuarter();
    for (int i = 0; i < QUARTERS; i++) {
      list.add(q);
      q = q.previous();
    }
    return list;
  }

  @Transactional
  public Quarterly report(CurrentUser user, Quarter quarter) {
    ReportAccess.require(user, "the quarterly report");
    CurrentUser asCommissioner = new CurrentUser(user.accountId(), user.username(), user.displayName(),
        Role.COMMISSIONER, user.allianceId(), user.allianceName(), user.staffId(), user.personId());
    Period period = quarter.period();
    List<Figure> all = figures.compute(asCommissioner, period, period.yearEarlier(), Filters.none());
    // Each computation gives a quarter and, as its baseline, the quarter a year before it: four give all eight.
    List<Quarter> eight = new ArrayList<>();
    Quarter q = quarter;
    for (int i = 0; i < QUARTERS; i++) {
      eight.add(0, q);
      q = q.previous();
    }
    Quarterly.QuarterValues[] series = new Quarterly.QuarterValues[QUARTERS];
    for (int i = QUARTERS / 2; i < QUARTERS; i++) {
      Quarter later = eight.get(i);
      Quarter earlier = eight.get(i - QUARTERS / 2);
      boolean same = later.equals(quarter) && earlier.period().equals(period.yearEarlier());
      List<Figure> those = same ? all
          : figures.compute(asCommissioner, later.period(), earlier.period(), Filters.none());
      series[i] = new Quarterly.QuarterValues(later,
          CHARTED.stream().map(id -> ReportCells.find(those, id).value()).toList(),
          CHARTED.stream().map(id -> ReportCells.find(those, id).valueText()).toList());
      series[i - QUARTERS / 2] = new Quarterly.QuarterValues(earlier,
          CHARTED.stream().map(id -> ReportCells.find(those, id).baselineValue()).toList(),
          CHARTED.stream().map(id -> ReportCells.find(those, id).baselineText()).toList());
    }
    audit.record(user, user.alliance(), AuditAction.EXPORT, "Quarterly report", null, null,
        "The quarterly report for " + quarter.label() + " as PDF");
    return new Quarterly(user.allianceName() == null ? "The alliance" : user.allianceName(), quarter,
        period.yearEarlier(), all, CHARTED, java.util.Arrays.asList(series), budget(user, period));
  }

  private @Nullable BudgetYear budget(CurrentUser user, Period quarter) {
    int startYear = AllianceBudgets.yearOf(quarter.start());
    return budgets.years(user).contains(startYear) ? budgets.year(user, startYear) : null;
  }
}
