package org.bridgeway.figures.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.StaffContract;
import org.bridgeway.alliance.Workforce;
import org.bridgeway.alliance.WorkforceReport;
import org.bridgeway.community.ConnectionFigures;
import org.bridgeway.community.Connections;
import org.bridgeway.dayservices.DayServiceFigures;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Measure;
import org.bridgeway.figures.Period;
import org.bridgeway.health.HealthFigures;
import org.bridgeway.money.AllianceBudgets;
import org.bridgeway.money.BudgetYear;
import org.bridgeway.money.CostOfCare;
import org.bridgeway.outcomes.Outcomes;
import org.bridgeway.outcomes.PairedScores;
import org.bridgeway.shared.RecordNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The figures owned by other modules, asked of their published services and put in their figures' terms. Each
 * figure of people is counted as the size of a set of people that {@link ModuleRecords} lists for its drill-down,
 * so the count and the list come from the same call.
 */
@Component
class ModuleFigures {

  static final String WHOLE_ALLIANCE = "for the whole alliance only";
  static final String ORGANISATION_ONLY = "for the whole alliance or one organisation only";
  static final String DIALOG = "DIALOG";

  private final DayServiceFigures dayServices;
  private final Connections connections;
  private final HealthFigures health;
  private final Outcomes outcomes;
  private final CostOfCare costs;
  private final AllianceBudgets budgets;
  private final WorkforceReport workforce;

  ModuleFigures(DayServiceFigures dayServices, Connections connections, HealthFigures health, Outcomes outcomes,
      CostOfCare costs, AllianceBudgets budgets, WorkforceReport workforce) {
    this.dayServices = dayServices;
    this.connections = connections;
    this.health = health;
    this.outcomes = outcomes;
    this.costs = costs;
    this.budgets = budgets;
    this.workforce = workforce;
  }

  /** Each figure over the chosen day services (all when null): the people of any of them. */
  void dayServices(Map<FigureId, Measure> m, UUID alliance, Period period, @Nullable List<UUID> chosen) {
    for (FigureId id : List.of(FigureId.DAY_SERVICE_REGISTERED, FigureId.DAY_SERVICE_REGULAR,
        FigureId.DAY_SERVICE_SEVERAL)) {
      m.put(id, Measure.count(dayServicePeople(id, alliance, period, chosen).size()));
    }
  }

  Set<UUID> dayServicePeople(FigureId id, UUID alliance, Period period, @Nullable List<UUID> chosen) {
    LocalDate last = period.end();
    return switch (id) {
      case DAY_SERVICE_REGISTERED -> people(chosen, s -> dayServices.registered(alliance, last, s));
      case DAY_SERVICE_REGULAR -> people(chosen, s -> dayServices.regularAttenders(alliance, last, s));
      default -> people(chosen, s -> dayServices.usingSeveralServices(alliance, period.start(), last, s));
    };
  }

  void connections(Map<FigureId, Measure> m, UUID alliance, Set<UUID> caseload, LocalDate day) {
    ConnectionFigures figures = connections(alliance, caseload, day);
    long total = figures.perPerson().values().stream().mapToLong(Integer::longValue).sum();
    m.put(FigureId.CONNECTIONS_PER_PERSON, Measure.over(caseload.isEmpty() ? null
        : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(caseload.size()), 2, RoundingMode.HALF_UP),
        caseload.size()));
    m.put(FigureId.CONNECTIONS_SHARE, Measure.share(figures.withAtLeastOne(), figures.people()));
  }

  ConnectionFigures connections(UUID alliance, Set<UUID> caseload, LocalDate day) {
    return connections.among(alliance, caseload, day);
  }

  void healthChecks(Map<FigureId, Measure> m, CurrentUser user, Set<UUID> caseload, LocalDate day) {
    m.put(FigureId.HEALTH_CHECKS, Measure.share(health.share(user, caseload, day).complete(), caseload.size()));
  }

  Set<UUID> healthChecksComplete(UUID alliance, Set<UUID> caseload, LocalDate day) {
    return health.completeAmong(alliance, caseload, day);
  }

  /** DIALOG pairs in the 12 months ending on the day, of the people on the caseload. */
  void pairedOutcomes(Map<FigureId, Measure> m, CurrentUser user, Set<UUID> caseload, LocalDate day) {
    List<PairedScores.Pair> pairs = pairs(user, caseload, day);
    m.put(FigureId.PAIRED_OUTCOMES, Measure.count(pairs.size()));
    m.put(FigureId.PAIRED_OUTCOMES_SHARE, Measure.share(pairs.size(), caseload.size()));
    BigDecimal mean = pairs.isEmpty() ? null : pairs.stream().map(PairedScores.Pair::change)
        .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(pairs.size()), 3, RoundingMode.HALF_UP);
    m.put(FigureId.PAIRED_OUTCOMES_CHANGE, Measure.over(mean, pairs.size()));
  }

  List<PairedScores.Pair> pairs(CurrentUser user, Set<UUID> caseload, LocalDate day) {
    PairedScores scores = outcomes.paired(user, DIALOG, day.minusYears(1).plusDays(1), day);
    return scores.pairs().stream().filter(p -> caseload.contains(p.personId())).toList();
  }

  void money(Map<FigureId, Measure> m, CurrentUser user, Period period, Filters filters) {
    if (filters.any()) {
      m.put(FigureId.COST_OF_CARE, Measure.unavailable(WHOLE_ALLIANCE));
      m.put(FigureId.SAVINGS_SHARE, Measure.unavailable(WHOLE_ALLIANCE));
      return;
    }
    m.put(FigureId.COST_OF_CARE, Measure.amount(BigDecimal.valueOf(costs.between(user, period.start(),
        period.end()).pence())));
    m.put(FigureId.SAVINGS_SHARE, savings(user, period));
  }

  private Measure savings(CurrentUser user, Period period) {
    if (!period.financialYear()) {
      return Measure.unavailable("for a financial year only");
    }
    try {
      BudgetYear year = budgets.totals(user, period.start().getYear());
      return Measure.amount(year.originalPence() == 0 ? null : BigDecimal.valueOf(year.savingsPence() * 100)
          .divide(BigDecimal.valueOf(year.originalPence()), 1, RoundingMode.HALF_UP));
    } catch (RecordNotFound e) {
      return Measure.unavailable("no budget is set for the year");
    }
  }

  void workforce(Map<FigureId, Measure> m, UUID alliance, LocalDate day, Filters filters) {
    if (filters.any() && !filters.organisationOnly()) {
      for (FigureId id : List.of(FigureId.WORKFORCE_HEADCOUNT, FigureId.WORKFORCE_MEAN_HOURS, FigureId.WORKFORCE_WTE,
          FigureId.WORKFORCE_LIVED_EXPERIENCE)) {
        m.put(id, Measure.unavailable(ORGANISATION_ONLY));
      }
      return;
    }
    Workforce w = workforce.on(alliance, day, filters.organisationId());
    m.put(FigureId.WORKFORCE_HEADCOUNT, Measure.count(w.headcount()));
    m.put(FigureId.WORKFORCE_MEAN_HOURS, Measure.over(w.meanHours(), w.headcount()));
    m.put(FigureId.WORKFORCE_WTE, Measure.over(w.wholeTimeEquivalents(), w.headcount()));
    m.put(FigureId.WORKFORCE_LIVED_EXPERIENCE, Measure.count(w.livedExperience()));
  }

  /** The staff the workforce figures are taken over, of the organisation when one is given. */
  List<StaffContract> staff(UUID alliance, LocalDate day, @Nullable UUID organisationId) {
    return workforce.contracts(alliance, day).stream()
        .filter(s -> organisationId == null || organisationId.equals(s.organisationId())).toList();
  }

  private static Set<UUID> people(@Nullable List<UUID> chosen, Function<@Nullable UUID, Set<UUID>> of) {
    if (chosen == null) {
      return of.apply(null);
    }
    Set<UUID> all = new HashSet<>();
    chosen.forEach(s -> all.addAll(of.apply(s)));
    return all;
  }
}
