package org.bridgeway.reports;

import static org.bridgeway.reports.ReportCells.countRows;
import static org.bridgeway.reports.ReportCells.figureCell;
import static org.bridgeway.reports.ReportCells.notShown;
import static org.bridgeway.reports.ReportCells.small;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Figure;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.Period;
import org.bridgeway.reports.internal.ReportStore;
import org.bridgeway.reports.internal.ReportStore.Lengths;
import org.bridgeway.shared.Table;
import org.bridgeway.shared.Table.Cell;
import org.springframework.stereotype.Component;

/**
 * Stays completed in the period by kind of service (how many, their median, mean and longest length), and the
 * stays past their intended length on its last day (the dashboard's figure over all services).
 */
@Component
class LengthOfStayReport implements OneReport {

  private final ReportStore store;
  private final AllianceFigures figures;

  LengthOfStayReport(ReportStore store, AllianceFigures figures) {
    this.store = store;
    this.figures = figures;
  }

  @Override
  public ReportKind kind() {
    return ReportKind.LENGTH_OF_STAY;
  }

  @Override
  public Report report(CurrentUser user, Period period, boolean commissioner) {
    UUID alliance = user.alliance();
    Map<String, Lengths> completed = store.completedStays(alliance, period.start(), period.end());
    Map<String, Long> over = store.overstayingByKind(alliance, period.end());
    Figure overFigure = ReportCells.figure(figures, user, period, FigureId.LENGTH_OF_STAY_OVER);
    List<ServiceKind> kinds = ReportCells.stayKinds();
    List<List<Cell>> done = countRows(kinds.stream().filter(k -> completed.containsKey(k.name())).toList(),
        k -> List.of(Cell.text(k.label())), k -> completed.get(k.name()).count(), commissioner, k -> {
          Lengths l = completed.get(k.name());
          if (small(commissioner, l.count())) {
            return List.of(notShown(), notShown(), notShown());
          }
          return List.of(Cell.number(l.median()), Cell.number(l.mean()),
              Cell.number(l.longest() == null ? null : BigDecimal.valueOf(l.longest())));
        });
    List<List<Cell>> past = countRows(kinds.stream().filter(k -> over.containsKey(k.name())).toList(),
        k -> List.of(Cell.text(k.label())), k -> over.get(k.name()), commissioner, k -> List.of());
    past.add(List.of(Cell.text("All services"), figureCell(overFigure)));
    return new Report(ReportKind.LENGTH_OF_STAY, period.text(), List.of(
        new Report.Definition("Completed stays", "Stays whose end date lies in the period, at services of the "
            + "kind. A stay's length is the days it covers: its end date − its start date."),
        new Report.Definition("Median", "The nearest-rank median: the length at rank ⌈n/2⌉ of the n stays in "
            + "order."),
        new Report.Definition("Mean", "The sum of the lengths ÷ the number of stays, to one decimal place."),
        new Report.Definition(FigureId.LENGTH_OF_STAY_OVER.title(), FigureId.LENGTH_OF_STAY_OVER.definition())),
        List.of(new Table("Stays completed in the period", "completed", List.of("Kind of service",
            "Stays completed", "Median (days)", "Mean (days)", "Longest (days)"), done),
            new Table("Stays past their intended length on the last day", "past-intended",
                List.of("Kind of service", "Stays"), past)), commissioner);
  }
}
