package org.bridgeway.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Localities;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.figures.internal.FigureSources;
import org.bridgeway.figures.internal.FigureWorkers;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The alliance figures for a period against a baseline period, narrowed by filters, in the order of
 * {@link FigureId}. Administrators, managers and commissioners see them; they name no one. Commissioners see
 * small numbers suppressed ({@link SmallNumbers}): with filters, the figures of the whole alliance are computed
 * too, so that a count is also hidden when the rest of the alliance outside the filters is from 1 to 4.
 */
@Service
public class AllianceFigures {

  private final FigureSources sources;
  private final FigureWorkers workers;
  private final Organisations organisations;
  private final Services services;
  private final Localities localities;
  private final AuditTrail audit;
  private final Clock clock;

  AllianceFigures(FigureSources sources, FigureWorkers workers, Organisations organisations, Services services, Localities localities,
      AuditTrail audit, Clock clock) {
    this.sources = sources;
    this.workers = workers;
    this.organisations = organisations;
    this.services = services;
    this.localities = localities;
    this.audit = audit;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The default period: the last full quarter before today. */
  public Period defaultPeriod() {
    return Period.lastFullQuarter(today());
  }

  /** True for the roles that see the alliance figures. */
  public static boolean maySee(CurrentUser user) {
    return user.is(Role.ADMIN) || user.is(Role.MANAGER) || user.is(Role.COMMISSIONER);
  }

  /**
   * The figures of the period against the baseline. Called outside a transaction (as by the pages and the API),
   * the period is computed on a worker thread while the caller's thread computes the baseline, each reading on
   * its own connection, every statement in its own snapshot as in one read-committed transaction; called within
   * a transaction, both are computed one after the other in it. The answers are the same either way.
   */
  public List<Figure> compute(CurrentUser user, Period period, Period baseline, Filters filters) {
    if (!maySee(user)) {
      throw new AccessDenied("alliance figures");
    }
    check(user, filters);
    boolean commissioner = user.is(Role.COMMISSIONER);
    boolean narrowed = commissioner && filters.any();
    Map<FigureId, Measure> now;
    Map<FigureId, Measure> before;
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      now = measured(user, period, filters, narrowed);
      before = measured(user, baseline, filters, narrowed);
    } else {
      CompletableFuture<Map<FigureId, Measure>> started = workers.start(() -> measured(user, period, filters,
          narrowed));
      before = measured(user, baseline, filters, narrowed);
      now = finished(started);
    }
    List<Figure> figures = new ArrayList<>();
    for (FigureId id : FigureId.values()) {
      figures.add(Figure.of(id, now.get(id), before.get(id), commissioner));
    }
    audit.record(user, user.alliance(), AuditAction.VIEW, "Alliance figures", null, null, "Figures for "
        + period.text() + " against " + baseline.text() + (filters.any() ? ", narrowed" : ""));
    return figures;
  }

  /** One period's measures; narrowed, each count also resting on the rest of the alliance outside the filters. */
  private Map<FigureId, Measure> measured(CurrentUser user, Period period, Filters filters, boolean narrowed) {
    Map<FigureId, Measure> measures = sources.measure(user, period, filters);
    return narrowed ? restingOnTheRest(measures, sources.measure(user, period, Filters.none())) : measures;
  }

  /** The worker's answer, or the exception it threw, as if the work had been done on this thread. */
  private static Map<FigureId, Measure> finished(CompletableFuture<Map<FigureId, Measure>> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** Each count of the filtered figures also rests on the count of the whole alliance outside the filters. */
  private static Map<FigureId, Measure> restingOnTheRest(Map<FigureId, Measure> filtered,
      Map<FigureId, Measure> whole) {
    Map<FigureId, Measure> result = new java.util.EnumMap<>(filtered);
    filtered.forEach((id, measure) -> {
      Measure all = whole.get(id);
      if (id.unit().count() && measure.value() != null && all != null && all.value() != null) {
        result.put(id, measure.alsoResting(all.value().longValue() - measure.value().longValue()));
      }
    });
    return result;
  }

  /** Refuses filters naming an organisation, service or locality not of the user's alliance. */
  void check(CurrentUser user, Filters filters) {
    if (filters.organisationId() != null && !organisations.exists(user.alliance(), filters.organisationId())) {
      throw new Refused("organisation", "Select an organisation from the list");
    }
    if (filters.serviceId() != null) {
      try {
        services.get(user.alliance(), filters.serviceId());
      } catch (RecordNotFound e) {
        throw new Refused("service", "Select a service from the list");
      }
    }
    if (filters.localityId() != null && !localities.exists(user.alliance(), filters.localityId())) {
      throw new Refused("locality", "Select a locality from the list");
    }
  }
}
