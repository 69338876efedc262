package org.bridgeway.figures.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.FigureRecord;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Measure;
import org.bridgeway.figures.Period;
import org.bridgeway.shared.Paged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every figure's measure for one period and set of filters: the pathway figures from {@link PathwayFigureStore},
 * the others from the modules that own them ({@link ModuleFigures}).
 */
@Component
public class FigureSources {

  private static final Logger LOG = LoggerFactory.getLogger(FigureSources.class);

  private final PathwayFigureStore pathway;
  private final ModuleFigures modules;
  private final ParticipationFigures participation;
  private final ModuleRecords moduleRecords;
  private final Services services;

  FigureSources(PathwayFigureStore pathway, ModuleFigures modules, ParticipationFigures participation,
      ModuleRecords moduleRecords, Services services) {
    this.pathway = pathway;
    this.modules = modules;
    this.participation = participation;
    this.moduleRecords = moduleRecords;
    this.services = services;
  }

  /**
   * One page of the records behind a figure. {@code ofPeople} when each record is a person's (listed with their
   * name and NHS number before the columns headed); otherwise the first heading is that of the record's name.
   * {@code unavailable} says why a figure has no records to list.
   */
  public record Listing(boolean ofPeople, List<String> headings, Paged<FigureRecord> records,
      @Nullable String unavailable) {

    static Listing unavailable(String reason) {
      return new Listing(false, List.of(), new Paged<>(List.of(), 0, 1, 0), reason);
    }
  }

  public Listing records(CurrentUser user, FigureId id, Period period, Filters filters, int page, int size) {
    UUID alliance = user.alliance();
    PathwayDefinitions d = pathwayDefinition(id, filters);
    if (d != null) {
      return new Listing(true, d.headings(), new Paged<>(pathway.rows(d, alliance, period, filters, page, size), page,
          size, pathway.total(d, alliance, period, filters)), null);
    }
    Set<UUID> caseload = pathway.caseload(alliance, period.end(), filters);
    Listing listing = moduleRecords.records(user, id, period, filters, caseload, dayServices(alliance, filters), page,
        size);
    return listing != null ? listing : Listing.unavailable("an amount of money, not a list of records: the money "
        + "pages show the stays, rates and budgets behind it");
  }

  private static @Nullable PathwayDefinitions pathwayDefinition(FigureId id, Filters filters) {
    return switch (id) {
      case RESIDENTIAL_PLACEMENTS -> PathwayDefinitions.RESIDENTIAL_PLACEMENTS;
      case REHAB_ADMISSIONS -> PathwayDefinitions.REHAB_ADMISSIONS;
      case RESIDENTIAL_ENTRANCES -> PathwayDefinitions.RESIDENTIAL_ENTRANCES;
      case RESIDENTIAL_DISCHARGES -> PathwayDefinitions.RESIDENTIAL_DISCHARGES;
      case MOVED_ON -> PathwayDefinitions.MOVED_ON;
      case LENGTH_OF_STAY_OVER -> PathwayDefinitions.OVERSTAYING;
      case CASELOAD -> PathwayDefinitions.CASELOAD;
      case WAITING_DECISION_MEDIAN, WAITING_DECISION_90TH -> PathwayFigureStore.decisions(filters);
      case WAITING_CONTACT_MEDIAN, WAITING_CONTACT_90TH -> PathwayFigureStore.firstContacts(filters);
      default -> null;
    };
  }

  public Map<FigureId, Measure> measure(CurrentUser user, Period period, Filters filters) {
    long started = System.nanoTime();
    UUID alliance = user.alliance();
    LocalDate last = period.end();
    Map<FigureId, Measure> m = new EnumMap<>(FigureId.class);
    m.put(FigureId.RESIDENTIAL_PLACEMENTS, pathway.residentialPlacements(alliance, period, filters));
    m.put(FigureId.REHAB_ADMISSIONS, pathway.rehabAdmissions(alliance, period, filters));
    m.put(FigureId.RESIDENTIAL_ENTRANCES, pathway.residentialEntrances(alliance, period, filters));
    m.put(FigureId.RESIDENTIAL_DISCHARGES, pathway.residentialDischarges(alliance, period, filters));
    m.put(FigureId.MOVED_ON, pathway.movedOn(alliance, period, filters));
    m.put(FigureId.LENGTH_OF_STAY_OVER, pathway.overstaying(alliance, period, filters));
    long caseloadStarted = System.nanoTime();
    Set<UUID> caseload = pathway.caseload(alliance, last, filters);
    long caseloadDone = System.nanoTime();
    m.put(FigureId.CASELOAD, Measure.count(caseload.size()));
    waits(m, pathway.toDecision(alliance, period, filters), FigureId.WAITING_DECISION_MEDIAN,
        FigureId.WAITING_DECISION_90TH);
    waits(m, pathway.toFirstContact(alliance, period, filters), FigureId.WAITING_CONTACT_MEDIAN,
        FigureId.WAITING_CONTACT_90TH);
    long pathwayDone = System.nanoTime();
    modules.dayServices(m, alliance, period, dayServices(alliance, filters));
    long dayServicesDone = System.nanoTime();
    modules.connections(m, alliance, caseload, last);
    long connectionsDone = System.nanoTime();
    modules.healthChecks(m, user, caseload, last);
    long checksDone = System.nanoTime();
    modules.pairedOutcomes(m, user, caseload, last);
    long peopleDone = System.nanoTime();
    modules.money(m, user, period, filters);
    long moneyDone = System.nanoTime();
    modules.workforce(m, alliance, last, filters);
    participation.measure(m, alliance, period, filters, caseload);
    if (LOG.isDebugEnabled()) {
      // The caseload's size is a number of people, not a time; the time of its query is part of the pathway's.
      LOG.debug("Figures for {}{}: pathway {} ms, day services {} ms, connections, checks and outcomes {} ms, money {} ms"
          + " (connections {} ms, checks {} ms, outcomes {} ms, workforce {} ms; all {} ms; caseload of {} people"
          + " read in {} ms)",
          period.text(), filters.any() ? " (narrowed)" : "", ms(started, pathwayDone), ms(pathwayDone, dayServicesDone),
          ms(dayServicesDone, peopleDone), ms(peopleDone, moneyDone), ms(dayServicesDone, connectionsDone),
          ms(connectionsDone, checksDone), ms(checksDone, peopleDone), ms(moneyDone, System.nanoTime()),
          ms(started, System.nanoTime()), caseload.size(), ms(caseloadStarted, caseloadDone));
    }
    return m;
  }

  private static long ms(long from, long to) {
    return (to - from) / 1_000_000;
  }

  private static void waits(Map<FigureId, Measure> m, PathwayFigureStore.Waits waits, FigureId median,
      FigureId ninetieth) {
    m.put(median, Measure.over(waits.median(), waits.count()));
    m.put(ninetieth, Measure.over(waits.ninetieth(), waits.count()));
  }

  /** The day services the filters choose; null for every one when nothing narrows. */
  private @Nullable List<UUID> dayServices(UUID alliance, Filters f) {
    if (!f.any()) {
      return null;
    }
    return services.all(alliance).stream().filter(s -> s.kind().dayService() && matches(s, f))
        .map(ServiceRecord::id).toList();
  }

  static boolean matches(ServiceRecord s, Filters f) {
    return (f.organisationId() == null || f.organisationId().equals(s.organisationId()))
        && (f.serviceId() == null || f.serviceId().equals(s.id()))
        && (f.serviceKind() == null || f.serviceKind() == s.kind())
        && (f.localityId() == null || f.localityId().equals(s.localityId()));
  }
}
