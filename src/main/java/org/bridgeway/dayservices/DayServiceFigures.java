package org.bridgeway.dayservices;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.dayservices.internal.DayServiceStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The figures of day-service reach, for an alliance, from the records alone (see the precise terms in the design):
 * people registered on a day; regular attenders on a day (present at a session in at least 4 of the eight 7-day
 * blocks of the 56 days ending that day, the last block ending on the day); and people using two or more services
 * in a period (a registration overlapping the period, or an attendance in it, at each). Head counts are never
 * people. Each takes an optional service to narrow it to one service. Callers check who may see the figures.
 */
@Service
public class DayServiceFigures {

  private final DayServiceStore store;

  DayServiceFigures(DayServiceStore store) {
    this.store = store;
  }

  /**
   * The three figures on the day for the alliance, or for the service when one is given. Multi-service use is
   * over the 56 days ending on the day; for a service it counts its users who also used another service.
   */
  public Reach reach(UUID allianceId, LocalDate day, @Nullable UUID serviceId, @Nullable String serviceName) {
    return new Reach(serviceName, day, registered(allianceId, day, serviceId).size(),
        regularAttenders(allianceId, day, serviceId).size(),
        usingSeveralServices(allianceId, day.minusDays(Reach.SEVERAL_SERVICES_DAYS - 1), day, serviceId).size());
  }

  /** People with a registration covering the day (from its start up to the day before its end). */
  public Set<UUID> registered(UUID allianceId, LocalDate day, @Nullable UUID serviceId) {
    return store.registeredOn(allianceId, day, serviceId);
  }

  public Set<UUID> regularAttenders(UUID allianceId, LocalDate day, @Nullable UUID serviceId) {
    return store.regularOn(allianceId, day, serviceId);
  }

  /** Each person's sessions attended in the period, both ends included, for the figure of community access. */
  public Map<UUID, Integer> attendedBetween(UUID allianceId, LocalDate from, LocalDate to) {
    return store.attendedBetween(allianceId, from, to);
  }

  /** People using two or more services in the period, both ends included; with a service, those using it too. */
  public Set<UUID> usingSeveralServices(UUID allianceId, LocalDate from, LocalDate to, @Nullable UUID serviceId) {
    return store.usingSeveral(allianceId, from, to, serviceId);
  }
}
