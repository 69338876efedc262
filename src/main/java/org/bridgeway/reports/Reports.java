package org.bridgeway.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Period;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports ({@link ReportKind}) for administrators, managers and commissioners, each computed by its own class
 * ({@link CaseloadReport}, {@link WaitingReport}, {@link OccupancyReport}, {@link LengthOfStayReport},
 * {@link EqualityReport}). Where a report holds a figure of the dashboard (the caseload, the waits over all
 * referrals, the stays past their intended length), the figure is taken from {@link AllianceFigures}, so the two
 * always agree; the breakdowns are counted by the same terms. For commissioners, each column of counts is
 * suppressed by {@link SmallCounts}, and a median, mean, longest stay or share resting on 1 to 4 people or stays
 * is not shown either ({@link ReportCells}).
 */
@Service
public class Reports {

  private final Map<ReportKind, OneReport> reports = new EnumMap<>(ReportKind.class);
  private final AuditTrail audit;
  private final Clock clock;

  Reports(List<OneReport> reports, AuditTrail audit, Clock clock) {
    reports.forEach(r -> this.reports.put(r.kind(), r));
    this.audit = audit;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The period a report shows unless another is chosen: the last full quarter, or its last day. */
  public Period defaultPeriod() {
    return Period.lastFullQuarter(today());
  }

  /** The report for the period; a report for a day is for the period's last day. */
  @Transactional
  public Report report(CurrentUser user, ReportKind kind, Period period) {
    ReportAccess.require(user, "reports");
    Report report = reports.get(kind).report(user, period, user.is(Role.COMMISSIONER));
    audit.record(user, user.alliance(), AuditAction.VIEW, "Report", null, null,
        kind.title() + " report: " + report.covers());
    return report;
  }
}
