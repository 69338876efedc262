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
 * One figure's measure for one period, asking only the query (or module) that figure needs, so that a chart of
 * one figure over many periods stays quick. The queries are those {@link FigureSources#measure} runs, so the
 * value is always the one the dashboard shows; a figure not named here is taken from the whole set.
 */
@Component
public class OneFigure {

  private final PathwayFigureStore pathway;
  private final ModuleFigures modules;
  private final FigureSources all;
  private final Services services;

  OneFigure(PathwayFigureStore pathway, ModuleFigures modules, FigureSources all, Services services) {
    this.pathway = pathway;
    this.modules = modules;
    this.all = all;
    this.services = services;
  }

  public Measure measure(CurrentUser user, FigureId id, Period period, Filters filters) {
    UUID alliance = user.alliance();
    return switch (id) {
      case RESIDENTIAL_PLACEMENTS -> pathway.residentialPlacements(alliance, period, filters);
      case REHAB_ADMISSIONS -> pathway.rehabAdmissions(alliance, period, filters);
      case RESIDENTIAL_ENTRANCES -> pathway.residentialEntrances(alliance, period, filters);
      case RESIDENTIAL_DISCHARGES -> pathway.residentialDischarges(alliance, period, filters);
      case MOVED_ON -> pathway.movedOn(alliance, period, filters);
      case LENGTH_OF_STAY_OVER -> pathway.overstaying(alliance, period, filters);
      case CASELOAD -> Measure.count(pathway.caseload(alliance, period.end(), filters).size());
      case WAITING_DECISION_MEDIAN, WAITING_DECISION_90TH, WAITING_CONTACT_MEDIAN, WAITING_CONTACT_90TH ->
          waits(id, alliance, period, filters);
      default -> fromModules(user, id, period, filters);
    };
  }

  private Measure waits(FigureId id, UUID alliance, Period period, Filters filters) {
    boolean decision = id == FigureId.WAITING_DECISION_MEDIAN || id == FigureId.WAITING_DECISION_90TH;
    PathwayFigureStore.Waits waits = decision ? pathway.toDecision(alliance, period, filters)
        : pathway.toFirstContact(alliance, period, filters);
    boolean median = id == FigureId.WAITING_DECISION_MEDIAN || id == FigureId.WAITING_CONTACT_MEDIAN;
    return Measure.over(median ? waits.median() : waits.ninetieth(), waits.count());
  }

  /** The figures owned by other modules: each family asked on its own, as {@link FigureSources} asks it. */
  private Measure fromModules(CurrentUser user, FigureId id, Period period, Filters filters) {
    UUID alliance = user.alliance();
    LocalDate last = period.end();
    Map<FigureId, Measure> m = new EnumMap<>(FigureId.class);
    switch (id) {
      case DAY_SERVICE_REGISTERED, DAY_SERVICE_REGULAR, DAY_SERVICE_SEVERAL ->
          modules.dayServices(m, alliance, period, dayServices(alliance, filters));
      case CONNECTIONS_PER_PERSON, CONNECTIONS_SHARE ->
          modules.connections(m, alliance, caseload(alliance, last, filters), last);
      case HEALTH_CHECKS -> modules.healthChecks(m, user, caseload(alliance, last, filters), last);
      case PAIRED_OUTCOMES, PAIRED_OUTCOMES_SHARE, PAIRED_OUTCOMES_CHANGE ->
          modules.pairedOutcomes(m, user, caseload(alliance, last, filters), last);
      case COST_OF_CARE, SAVINGS_SHARE -> modules.money(m, user, period, filters);
      case WORKFORCE_HEADCOUNT, WORKFORCE_MEAN_HOURS, WORKFORCE_WTE, WORKFORCE_LIVED_EXPERIENCE ->
          modules.workforce(m, alliance, last, filters);
      default -> m.putAll(all.measure(user, period, filters));
    }
    return m.get(id);
  }

  private Set<UUID> caseload(UUID alliance, LocalDate day, Filters filters) {
    return pathway.caseload(alliance, day, filters);
  }

  /** The day services the filters choose; null for every one when nothing narrows (as {@link FigureSources}). */
  private @Nullable List<UUID> dayServices(UUID alliance, Filters f) {
    if (!f.any()) {
      return null;
    }
    return services.all(alliance).stream().filter(s -> s.kind().dayService() && FigureSources.matches(s, f))
        .map(ServiceRecord::id).toList();
  }
}
