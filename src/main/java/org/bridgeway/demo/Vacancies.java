package org.bridgeway.demo;

import static org.bridgeway.alliance.ServiceKind.COMMUNITY_RECOVERY;
import static org.bridgeway.alliance.ServiceKind.FLOATING_SUPPORT;
import static org.bridgeway.alliance.ServiceKind.STAFFED_FLATS;
import static org.bridgeway.alliance.ServiceKind.SUPPORTED_LIVING;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.ServiceKind;
import org.jspecify.annotations.Nullable;

/**
 * Where a person in {@link PathwaySimulation} can go on a day: a place free in a service of the kind wanted that
 * the person may live in (women-only services for women; out of area only while the alliance still placed people
 * there), or the soonest to come free, and, when waiting for it would be long, the soonest of the other ways down.
 */
final class Vacancies {

  /** The longest a person waits for the setting they are meant for before another is looked for. */
  private static final int PATIENCE_DAYS = 120;

  private final Map<ServiceKind, List<Pool>> pools;
  private final SplittableRandom random;
  private final AllianceYears years;

  Vacancies(Map<ServiceKind, List<Pool>> pools, SplittableRandom random, AllianceYears years) {
    this.pools = pools;
    this.random = random;
    this.years = years;
  }

  /** The place of the kind wanted, or, if that means waiting long, the soonest of the other ways down. */
  @Nullable Place stepDown(ServiceKind want, ServiceKind from, DemoPathway.Resident person, int day) {
    Place place = find(want, person, day);
    if (place != null && place.day() <= day + PATIENCE_DAYS) {
      return place;
    }
    Place best = place;
    for (ServiceKind other : List.of(COMMUNITY_RECOVERY, STAFFED_FLATS, SUPPORTED_LIVING, FLOATING_SUPPORT)) {
      if (Ladder.standard().lessRestrictive(other, from) && other != want) {
        Place found = find(other, person, day);
        if (found != null && (best == null || found.day() < best.day())) {
          best = found;
        }
      }
    }
    return best;
  }

  /** A place in a service of the kind the person may live in, free on the day or as soon after as any is. */
  @Nullable Place find(ServiceKind kind, DemoPathway.Resident person, int day) {
    List<Pool> freeNow = new ArrayList<>(4);
    Place soonest = null;
    for (Pool pool : pools.getOrDefault(kind, List.of())) {
      if (pool.service.womenOnly() && !person.woman() || pool.service.outOfArea() && !years.outOfAreaAllowed(day)) {
        continue;
      }
      if (pool.freeBy(day) != null) {
        freeNow.add(pool);
      }
      Integer first = pool.firstFree();
      if (first != null && (soonest == null || first < soonest.day())) {
        soonest = new Place(pool, first, first);
      }
    }
    if (!freeNow.isEmpty()) {
      Pool pool = Weighted.any(freeNow, random);
      return new Place(pool, pool.freeBy(day), day);
    }
    return soonest;
  }
}
