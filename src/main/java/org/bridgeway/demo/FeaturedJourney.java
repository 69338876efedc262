package org.bridgeway.demo;

import static org.bridgeway.alliance.ServiceKind.ACUTE_WARD;
import static org.bridgeway.alliance.ServiceKind.COMMUNITY_RECOVERY;
import static org.bridgeway.alliance.ServiceKind.FLOATING_SUPPORT;
import static org.bridgeway.alliance.ServiceKind.INPATIENT_REHABILITATION;
import static org.bridgeway.alliance.ServiceKind.STAFFED_FLATS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.PathwayBulkWriter.PastStay;

/** The featured person's journey, walked through {@link PathwaySimulation}'s places before anyone else's. */
final class FeaturedJourney {

  private final Map<ServiceKind, List<Pool>> pools;
  private final List<PastStay> stays;
  private final MovePlans planning;
  private final SplittableRandom random;
  private final int today;

  FeaturedJourney(Map<ServiceKind, List<Pool>> pools, List<PastStay> stays, MovePlans planning,
      SplittableRandom random, int today) {
    this.pools = pools;
    this.stays = stays;
    this.planning = planning;
    this.random = random;
    this.today = today;
  }

  /**
   * Desmond, the featured person: a rehabilitation ward six years ago, then community recovery, the staffed
   * flats on Coldharbour Lane, an admission and a step back up to community recovery for a while, back to the
   * flats fourteen months ago, and now ready to move to his own flat with floating support. False when the
   * alliance lacks a setting his story needs.
   */
  boolean walk(DemoPathway.Resident person) {
    for (ServiceKind kind : List.of(INPATIENT_REHABILITATION, COMMUNITY_RECOVERY, STAFFED_FLATS, FLOATING_SUPPORT,
        ACUTE_WARD)) {
      if (!pools.containsKey(kind)) {
        return false;
      }
    }
    int[] moves = {today - 2150, today - 1830, today - 1590, today - 640, today - 420};
    ServiceKind[] kinds = {INPATIENT_REHABILITATION, COMMUNITY_RECOVERY, STAFFED_FLATS, COMMUNITY_RECOVERY,
        STAFFED_FLATS};
    int[] planned = {today - 1850, today - 1590, today - 1040, today - 430, today + 128};
    UUID previous = null;
    Place previousPlace = null;
    for (int i = 0; i < moves.length; i++) {
      Pool pool = pools.get(kinds[i]).get(0);
      Integer key = pool.freeBy(moves[i]);
      if (key == null) {
        throw new IllegalStateException("No place for the featured person's story in " + pool.service.name());
      }
      pool.take(key);
      Place place = new Place(pool, key, moves[i]);
      UUID id = RandomIds.next(random);
      if (previousPlace != null) {
        boolean up = i == 3;
        previousPlace.pool().release(moves[i]);
        PastStay before = stays.remove(stays.size() - 1);
        stays.add(new PastStay(before.id(), before.personId(), before.serviceId(), before.startDate(),
            before.plannedEndDate(), date(moves[i]), up ? EndReason.STEPPED_UP : EndReason.MOVED_ON,
            pool.service.name()));
        if (!up) {
          planning.completed(person, previous, place, planned[i - 1], id);
        }
      }
      stays.add(new PastStay(id, person.id(), pool.service.id(), date(moves[i]), date(planned[i]), null, null,
          null));
      previous = id;
      previousPlace = place;
    }
    Pool acute = pools.get(ACUTE_WARD).get(0);
    Integer key = acute.freeBy(today - 670);
    if (key != null) {
      acute.take(key);
      acute.release(today - 640);
      stays.add(stays.size() - 2, new PastStay(RandomIds.next(random), person.id(), acute.service.id(),
          date(today - 670), date(today - 640), date(today - 640), EndReason.STEPPED_UP,
          pools.get(COMMUNITY_RECOVERY).get(0).service.name()));
    }
    planning.desmondMovesOn(person, previous, pools.get(FLOATING_SUPPORT).get(0));
    return true;
  }

  private static LocalDate date(int day) {
    return LocalDate.ofEpochDay(day);
  }
}
