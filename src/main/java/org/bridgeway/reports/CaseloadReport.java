package org.bridgeway.reports;

import static org.bridgeway.reports.ReportCells.countRows;
import static org.bridgeway.reports.ReportCells.figureCell;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Organisation;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Figure;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.Period;
import org.bridgeway.reports.internal.ReportStore;
import org.bridgeway.shared.Table;
import org.bridgeway.shared.Table.Cell;
import org.springframework.stereotype.Component;

/**
 * The caseload on the period's last day: everyone on it (the dashboard's figure), by kind of service, by service
 * and by partner organisation.
 */
@Component
class CaseloadReport implements OneReport {

  private final ReportStore store;
  private final AllianceFigures figures;
  private final Services services;
  private final Organisations organisations;

  CaseloadReport(ReportStore store, AllianceFigures figures, Services services, Organisations organisations) {
    this.store = store;
    this.figures = figures;
    this.services = services;
    this.organisations = organisations;
  }

  @Override
  public ReportKind kind() {
    return ReportKind.CASELOAD;
  }

  @Override
  public Report report(CurrentUser user, Period period, boolean commissioner) {
    LocalDate day = period.end();
    UUID alliance = user.alliance();
    Figure total = ReportCells.figure(figures, user, new Period(day, day), FigureId.CASELOAD);
    Map<String, Long> byKind = store.peopleByKind(alliance, day);
    Map<UUID, Long> byService = store.peopleByService(alliance, day);
    Map<UUID, Long> byOrganisation = store.peopleByOrganisation(alliance, day);

    List<List<Cell>> kindRows = countRows(ReportCells.stayKinds(), k -> List.of(Cell.text(k.label())),
        k -> byKind.getOrDefault(k.name(), 0L), commissioner, c -> List.of());
    kindRows.add(List.of(Cell.text("Everyone on the caseload"), figureCell(total)));
    List<ServiceRecord> stayServices = ReportCells.stayServices(services, alliance);
    List<List<Cell>> serviceRows = countRows(stayServices, s -> List.of(Cell.text(s.name()),
        Cell.text(s.kind().label()), Cell.text(s.organisationName())), s -> byService.getOrDefault(s.id(), 0L),
        commissioner, c -> List.of());
    List<Organisation> orgs = organisations.all(alliance);
    List<List<Cell>> orgRows = countRows(orgs, o -> List.of(Cell.text(o.name())),
        o -> byOrganisation.getOrDefault(o.id(), 0L), commissioner, c -> List.of());
    orgRows.add(List.of(Cell.text("Everyone on the caseload"), figureCell(total)));

    return new Report(ReportKind.CASELOAD, ReportCells.on(day), List.of(
        new Report.Definition("People on the caseload", FigureId.CASELOAD.definition()),
        new Report.Definition("By kind of service and by service", "People with a stay covering the day at a "
            + "service of that kind, or at that service. A person with stays at two services on the day counts "
            + "at each, so the rows can add up to more than the people on the caseload; people known only "
            + "through a care team are counted in the total alone."),
        new Report.Definition("By partner organisation", "People with a stay covering the day at one of the "
            + "organisation's services, or with one of its staff on their care team on the day.")),
        List.of(new Table("People on the caseload by kind of service", "by-kind", List.of("Kind of service", "People"),
            kindRows),
            new Table("People on the caseload by service", "by-service",
                List.of("Service", "Kind of service", "Organisation", "People"), serviceRows),
            new Table("People on the caseload by partner organisation", "by-organisation",
                List.of("Organisation", "People"), orgRows)), commissioner);
  }
}
