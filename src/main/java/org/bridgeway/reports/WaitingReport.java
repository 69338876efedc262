package org.bridgeway.reports;

import static org.bridgeway.reports.ReportCells.countRows;
import static org.bridgeway.reports.ReportCells.daysCell;
import static org.bridgeway.reports.ReportCells.find;
import static org.bridgeway.reports.ReportCells.notShown;
import static org.bridgeway.reports.ReportCells.small;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Figure;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.FigureTrends;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Period;
import org.bridgeway.reports.internal.ReportStore;
import org.bridgeway.reports.internal.ReportStore.Waits;
import org.bridgeway.shared.Table;
import org.bridgeway.shared.Table.Cell;
import org.bridgeway.shared.Table.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Waiting in the period, from referral to decision and from decision to first contact: over all referrals (the
 * dashboard's figures, with the referrals they are taken over counted as the waiting chart counts them) and by the
 * service asked for. For commissioners, all referrals from 1 to 4 show as "fewer than 5", and their waits are not
 * shown.
 */
@Component
class WaitingReport implements OneReport {

  private final ReportStore store;
  private final AllianceFigures figures;
  private final FigureTrends trends;
  private final Services services;

  WaitingReport(ReportStore store, AllianceFigures figures, FigureTrends trends, Services services) {
    this.store = store;
    this.figures = figures;
    this.trends = trends;
    this.services = services;
  }

  @Override
  public ReportKind kind() {
    return ReportKind.WAITING;
  }

  @Override
  public Report report(CurrentUser user, Period period, boolean commissioner) {
    UUID alliance = user.alliance();
    List<Figure> all = figures.compute(user, period, period.yearEarlier(), Filters.none());
    FigureTrends.Waiting overall = trends.waitingIn(user, period, Filters.none());
    List<ServiceRecord> list = services.all(alliance).stream().sorted(Comparator.comparing(ServiceRecord::name))
        .toList();
    Table decision = waitTable("Waiting from referral to decision", "to-decision", "Referrals decided",
        list, store.toDecision(alliance, period.start(), period.end()), commissioner,
        count(overall.decided(), overall.decidedText()), find(all, FigureId.WAITING_DECISION_MEDIAN), find(all, FigureId.WAITING_DECISION_90TH));
    Table contact = waitTable("Waiting from decision to first contact", "to-first-contact",
        "Referrals first seen", list, store.toFirstContact(alliance, period.start(), period.end()), commissioner,
        count(overall.seen(), overall.seenText()), find(all, FigureId.WAITING_CONTACT_MEDIAN), find(all, FigureId.WAITING_CONTACT_90TH));
    return new Report(ReportKind.WAITING, period.text(), List.of(
        new Report.Definition(FigureId.WAITING_DECISION_MEDIAN.title(), FigureId.WAITING_DECISION_MEDIAN.definition()),
        new Report.Definition(FigureId.WAITING_DECISION_90TH.title(), FigureId.WAITING_DECISION_90TH.definition()),
        new Report.Definition(FigureId.WAITING_CONTACT_MEDIAN.title(), FigureId.WAITING_CONTACT_MEDIAN.definition()),
        new Report.Definition(FigureId.WAITING_CONTACT_90TH.title(), FigureId.WAITING_CONTACT_90TH.definition()),
        new Report.Definition("By service", "The referrals asking for the service; a referral asking for two "
            + "services counts at each, and one left to the panel to place counts under all referrals alone. "
            + "Only services with a referral in the period are listed.")),
        List.of(decision, contact), commissioner);
  }

  private static Table waitTable(String title, String name, String countHeading, List<ServiceRecord> list,
      Map<UUID, Waits> waits, boolean commissioner, Cell all, Figure median, Figure ninetieth) {
    List<ServiceRecord> asked = list.stream().filter(s -> waits.containsKey(s.id())).toList();
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(List.of(Cell.text("All referrals"), all, daysCell(median),
        daysCell(ninetieth)));
    rows.addAll(countRows(asked, s -> List.of(Cell.text(s.name())), s -> waits.get(s.id()).count(), commissioner,
        s -> small(commissioner, waits.get(s.id()).count()) ? List.of(notShown(), notShown())
            : List.of(Cell.number(waits.get(s.id()).median()), Cell.number(waits.get(s.id()).ninetieth()))));
    return new Table(title, name, List.of("Service", countHeading, "Median (days)", "90th percentile (days)"), rows);
  }

  /** The count of all referrals, or its text ("fewer than 5") where a commissioner may not see it. */
  private static Cell count(@Nullable Long n, String text) {
    return n == null ? Cell.hidden(Kind.COUNT, text) : Cell.count(n);
  }
}
