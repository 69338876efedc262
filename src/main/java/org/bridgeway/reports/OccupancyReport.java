package org.bridgeway.reports;

import static org.bridgeway.reports.ReportCells.countRows;
import static org.bridgeway.reports.ReportCells.share;
import static org.bridgeway.reports.ReportCells.small;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.figures.Period;
import org.bridgeway.reports.internal.ReportStore;
import org.bridgeway.shared.Table;
import org.bridgeway.shared.Table.Cell;
import org.bridgeway.shared.Table.Kind;
import org.springframework.stereotype.Component;

/** Places available and in use at each service with places on the period's last day, and the share in use. */
@Component
class OccupancyReport implements OneReport {

  private final ReportStore store;
  private final Services services;

  OccupancyReport(ReportStore store, Services services) {
    this.store = store;
    this.services = services;
  }

  @Override
  public ReportKind kind() {
    return ReportKind.OCCUPANCY;
  }

  @Override
  public Report report(CurrentUser user, Period period, boolean commissioner) {
    LocalDate day = period.end();
    UUID alliance = user.alliance();
    Map<UUID, Long> inUse = store.staysByService(alliance, day);
    List<ServiceRecord> withPlaces = ReportCells.stayServices(services, alliance).stream()
        .filter(s -> s.capacity() != null).toList();
    long places = withPlaces.stream().mapToLong(ServiceRecord::capacity).sum();
    long used = withPlaces.stream().mapToLong(s -> inUse.getOrDefault(s.id(), 0L)).sum();
    List<List<Cell>> rows = countRows(withPlaces, s -> List.of(Cell.text(s.name()), Cell.text(s.kind().label()),
            Cell.count(s.capacity())), s -> inUse.getOrDefault(s.id(), 0L), commissioner,
        s -> List.of(share(inUse.getOrDefault(s.id(), 0L), s.capacity(), commissioner)));
    boolean hideTotal = small(commissioner, used);
    rows.add(List.of(Cell.text("All services with places"), Cell.text(""), Cell.count(places),
        hideTotal ? Cell.hidden(Kind.COUNT, SmallCounts.text(used)) : Cell.count(used),
        share(used, places, commissioner)));
    return new Report(ReportKind.OCCUPANCY, ReportCells.on(day), List.of(
        new Report.Definition("Places", "The places a service has (its beds, flats or places) as recorded for "
            + "the service now. Services without a number of places are not listed."),
        new Report.Definition("In use", "Stays at the service covering the day: a stay covers the days from its "
            + "start up to the day before its end."),
        new Report.Definition("Share in use", "In use ÷ places, as a percentage to one decimal place; over 100% "
            + "when a service holds more stays than places.")),
        List.of(new Table("Places available and in use", "places", List.of("Service", "Kind of service", "Places",
            "In use", "Share in use"), rows)), commissioner);
  }
}
