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
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Measure;
import org.bridgeway.figures.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every figure's measure for one period and set of filters: the pathway figures from {@link PathwayFigureStore},
 * the others from the modules that own them ({@link ModuleFigures}).
 */
@Component
public class FigureSources {

  private final PathwayFigureStore pathway;
  private final ModuleFigures modules;
  private final Services services;

  FigureSources(PathwayFigureStore pathway, ModuleFigures modules, Services services) {
    this.pathway = pathway;
    this.modules = modules;
    this.services = services;
  }

  public Map<FigureId, Measure> measure(CurrentUser user, Period period, Filters filters) {
    UUID alliance = user.alliance();
    LocalDate last = period.end();
    Map<FigureId, Measure> m = new EnumMap<>(FigureId.class);
    m.put(FigureId.RESIDENTIAL_PLACEMENTS, pathway.residentialPlacements(alliance, period, filters));
    m.put(FigureId.REHAB_ADMISSIONS, pathway.rehabAdmissions(alliance, period, filters));
    m.put(FigureId.RESIDENTIAL_ENTRANCES, pathway.residentialEntrances(alliance, period, filters));
    m.put(FigureId.RESIDENTIAL_DISCHARGES, pathway.residentialDischarges(alliance, period, filters));
    m.put(FigureId.MOVED_ON, pathway.movedOn(alliance, period, filters));
    m.put(FigureId.LENGTH_OF_STAY_OVER, pathway.overstaying(alliance, period, filters));
    Set<UUID> caseload = pathway.caseload(alliance, last, filters);
    m.put(FigureId.CASELOAD, Measure.count(caseload.size()));
    waits(m, pathway.toDecision(alliance, period, filters), FigureId.WAITING_DECISION_MEDIAN,
        FigureId.WAITING_DECISION_90TH);
    waits(m, pathway.toFirstContact(alliance, period, filters), FigureId.WAITING_CONTACT_MEDIAN,
        FigureId.WAITING_CONTACT_90TH);
    modules.dayServices(m, alliance, period, dayServices(alliance, filters));
    modules.connections(m, alliance, caseload, last);
    modules.healthChecks(m, user, caseload, last);
    modules.pairedOutcomes(m, user, caseload, last);
    modules.money(m, user, period, filters);
    modules.workforce(m, alliance, last, filters);
    return m;
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
