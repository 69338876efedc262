package org.bridgeway.demo;

import static org.bridgeway.alliance.ServiceKind.ACUTE_WARD;
import static org.bridgeway.alliance.ServiceKind.COMMUNITY_RECOVERY;
import static org.bridgeway.alliance.ServiceKind.CRISIS_ALTERNATIVE;
import static org.bridgeway.alliance.ServiceKind.FLOATING_SUPPORT;
import static org.bridgeway.alliance.ServiceKind.INPATIENT_REHABILITATION;
import static org.bridgeway.alliance.ServiceKind.NURSING_CARE;
import static org.bridgeway.alliance.ServiceKind.RESIDENTIAL_CARE;
import static org.bridgeway.alliance.ServiceKind.STAFFED_FLATS;
import static org.bridgeway.alliance.ServiceKind.SUPPORTED_LIVING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.PathwayBulkWriter.PastMovePlan;
import org.bridgeway.pathway.PathwayBulkWriter.PastStay;
import org.bridgeway.pathway.PathwayBulkWriter.PastVisit;
import org.jspecify.annotations.Nullable;

/**
 * The walk through time behind {@link DemoPathway}: each service has one slot per place with the day it is free
 * from, and each journey is walked forward taking a free slot of the next kind, staying longer where it is when
 * none is free, so nobody is in two settings at once and no service is filled past its capacity.
 */
final class PathwaySimulation {

  /** The longest a person waits for the setting they are meant for before another is looked for. */
  private static final int PATIENCE_DAYS = 120;
  /** Newcomers take no place freed in the last three weeks, so a few places are vacant today. */
  private static final int VACANT_DAYS = 21;

  private static final Map<ServiceKind, Weighted<ServiceKind>> STEP_DOWN = new EnumMap<>(Map.of(
      INPATIENT_REHABILITATION, Weighted.of(COMMUNITY_RECOVERY, 60, RESIDENTIAL_CARE, 20, STAFFED_FLATS, 15,
          NURSING_CARE, 5),
      NURSING_CARE, Weighted.of(RESIDENTIAL_CARE, 60, COMMUNITY_RECOVERY, 40),
      RESIDENTIAL_CARE, Weighted.of(COMMUNITY_RECOVERY, 50, STAFFED_FLATS, 30, SUPPORTED_LIVING, 20),
      COMMUNITY_RECOVERY, Weighted.of(STAFFED_FLATS, 60, SUPPORTED_LIVING, 25, FLOATING_SUPPORT, 15),
      STAFFED_FLATS, Weighted.of(SUPPORTED_LIVING, 40, FLOATING_SUPPORT, 60),
      SUPPORTED_LIVING, Weighted.of(FLOATING_SUPPORT, 1)));
  private static final Map<ServiceKind, Weighted<ServiceKind>> STEP_UP = new EnumMap<>(Map.of(
      COMMUNITY_RECOVERY, Weighted.of(INPATIENT_REHABILITATION, 1),
      STAFFED_FLATS, Weighted.of(COMMUNITY_RECOVERY, 70, INPATIENT_REHABILITATION, 30),
      SUPPORTED_LIVING, Weighted.of(COMMUNITY_RECOVERY, 60, STAFFED_FLATS, 40),
      FLOATING_SUPPORT, Weighted.of(COMMUNITY_RECOVERY, 50, SUPPORTED_LIVING, 30, STAFFED_FLATS, 20)));
  private static final Weighted<ServiceKind> ENTRY = Weighted.of(INPATIENT_REHABILITATION, 28, RESIDENTIAL_CARE, 22,
      NURSING_CARE, 8, COMMUNITY_RECOVERY, 12, STAFFED_FLATS, 5, SUPPORTED_LIVING, 6, FLOATING_SUPPORT, 19);
  private static final Weighted<String> VISIT_KIND = Weighted.of("VISIT", 40, "MEETING", 25, "MEAL", 15,
      "TASTER_DAY", 10, "OVERNIGHT_STAY", 10);
  private static final List<String> DECIDERS = List.of("Step-down panel with the person",
      "Ward multidisciplinary team and the person", "Alliance Rehabilitation Team and the person",
      "Placement review with the person and their family", "Care coordinator and the person");
  private static final List<String> STRENGTHS = List.of(
      "Keeps their room tidy and cooks twice a week", "Manages their own medication with a weekly check",
      "Good with money; has paid rent on time for a year", "Goes to the creative hub every week",
      "Close to their sister, who visits often", "Volunteers at the food bank on Saturdays",
      "Knows the local bus routes and travels on their own");
  private static final List<String> HANDOVER_NOTES = List.of(
      "Prefers mornings; anxious in groups at first", "Would like help to register with a local GP",
      "Early warning signs: stops eating, sleeps in the day", "Wants to keep going to the same day service");
  private static final List<String> AWAY = List.of("Moved to live with family in Birmingham",
      "Moved to a flat near family in Kent", "Moved back to Scotland");

  /** The places of one service: for each place, the day it is free from; a place held by an open stay is absent. */
  static final class Pool {

    final ServiceRecord service;
    final TreeMap<Integer, Integer> freeFrom = new TreeMap<>();

    Pool(ServiceRecord service, int since) {
      this.service = service;
      freeFrom.put(since, service.capacity());
    }

    /** The latest day on or before the day from which a place is free, or null. */
    @Nullable Integer freeBy(int day) {
      return freeFrom.floorKey(day);
    }

    @Nullable Integer firstFree() {
      return freeFrom.isEmpty() ? null : freeFrom.firstKey();
    }

    void take(int key) {
      freeFrom.merge(key, -1, (a, b) -> a + b == 0 ? null : a + b);
    }

    void release(int day) {
      freeFrom.merge(day, 1, Integer::sum);
    }
  }

  /** A place found: the pool, the key of the place taken, and the day the person can move in. */
  record Place(Pool pool, int key, int day) {}


  private final SplittableRandom random;
  private final int today;
  private final int start;
  private final Map<ServiceKind, List<Pool>> pools = new EnumMap<>(ServiceKind.class);
  private final List<PastStay> stays = new ArrayList<>();
  private final List<PastMovePlan> plans = new ArrayList<>();
  private final List<PastVisit> visits = new ArrayList<>();

  PathwaySimulation(List<ServiceRecord> services, LocalDate today, long seed) {
    this.random = new SplittableRandom(seed ^ 0x9A7E_3A1L);
    this.today = (int) today.toEpochDay();
    this.start = this.today - DemoPathway.HISTORY_DAYS;
    services.stream()
        .filter(s -> s.capacity() != null && s.capacity() > 0 && (s.kind().onLadder() || s.kind().hospital()))
        .sorted(Comparator.comparing(ServiceRecord::id))
        .forEach(s -> pools.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(new Pool(s, start - 3650)));
  }

  DemoPathway.History run(List<DemoPathway.Resident> people, @Nullable UUID featured) {
    List<DemoPathway.Resident> others = new ArrayList<>(people.size());
    for (DemoPathway.Resident person : people) {
      if (person.id().equals(featured) && desmond(person)) {
        continue;
      }
      others.add(person);
    }
    int next = cohort(others);
    arrivals(others.subList(next, others.size()));
    return new DemoPathway.History(stays, plans, visits);
  }

  /**
   * The people already in the settings when the history begins: about nine in ten places are taken, by
   * people who arrived up to a stay's length before. The first in residential or nursing care stays for years.
   */
  private int cohort(List<DemoPathway.Resident> people) {
    int next = 0;
    boolean longStay = false;
    for (ServiceKind kind : ServiceKind.ladder()) {
      for (Pool pool : pools.getOrDefault(kind, List.of())) {
        for (int place = 0; place < pool.service.capacity() && next < people.size(); place++) {
          if (random.nextInt(10) == 0) {
            continue;
          }
          DemoPathway.Resident person = people.get(next);
          if (pool.service.womenOnly() && !person.woman()) {
            continue;
          }
          next++;
          boolean staysLong = kind.residential() && (!longStay || random.nextInt(4) == 0);
          longStay |= staysLong;
          int length = length(kind, staysLong);
          int day = start - random.nextInt(Math.max(1, length - 30));
          Integer key = pool.freeBy(day);
          if (key != null) {
            pool.take(key);
            journey(person, new Place(pool, key, day), length);
          }
        }
      }
    }
    return next;
  }

  /**
   * Everyone else may arrive over the years, evenly, where they are meant to go or, if that is full for long,
   * wherever a place is free within a month; one in five, and those who find no place, do not come at all.
   */
  private void arrivals(List<DemoPathway.Resident> people) {
    int coming = people.size() * 4 / 5;
    for (int i = 0; i < coming; i++) {
      DemoPathway.Resident person = people.get(i);
      int day = start + (int) ((long) DemoPathway.HISTORY_DAYS * i / Math.max(1, coming)) + random.nextInt(7);
      ServiceKind kind = ENTRY.pick(random);
      Place place = find(kind, person, day);
      for (ServiceKind other : ServiceKind.ladder()) {
        if (place != null && place.day() <= day + 30) {
          break;
        }
        Place elsewhere = find(other, person, day);
        if (elsewhere != null && elsewhere.day() <= day + 30) {
          kind = other;
          place = elsewhere;
        }
      }
      if (place == null || place.day() > day + 90 || place.day() >= today - VACANT_DAYS) {
        continue;
      }
      place.pool().take(place.key());
      journey(person, place, length(kind, kind.residential() && random.nextInt(8) == 0));
    }
  }

  /** Walks one person forward from a place they have just taken, stay by stay, up to today. */
  private void journey(DemoPathway.Resident person, Place first, int firstLength) {
    Place here = first;
    int length = firstLength;
    UUID stayId = RandomIds.next(random);
    while (true) {
      ServiceKind kind = here.pool().service.kind();
      int arrived = here.day();
      int plannedEnd = arrived + length;
      int roll = random.nextInt(100);
      boolean community = STEP_UP.containsKey(kind);
      // A few die, a few move away; some step back up; the rest step down when the stay has done its work.
      if (roll < (kind.residential() ? 4 : 1) && plannedEnd < today) {
        int died = arrived + 30 + random.nextInt(Math.max(1, length - 30));
        if (died < today) {
          end(here, person, stayId, plannedEnd, died, EndReason.DIED, null);
          return;
        }
      }
      if (roll >= 96 && !kind.residential() && plannedEnd < today) {
        end(here, person, stayId, plannedEnd, plannedEnd, EndReason.MOVED_OUT_OF_AREA, Weighted.any(AWAY, random));
        return;
      }
      int admittedUntil = community && random.nextInt(100) < 14 ? admission(person, arrived, plannedEnd) : -1;
      if (community && (roll >= 85 && roll < 96 || admittedUntil > 0 && random.nextBoolean())) {
        int upOn = admittedUntil > 0 ? admittedUntil : arrived + length / 3 + random.nextInt(Math.max(1, length / 3));
        Place up = upOn < today ? find(STEP_UP.get(kind).pick(random), person, upOn) : null;
        if (up != null && up.day() <= upOn + 14 && up.day() < today) {
          up.pool().take(up.key());
          end(here, person, stayId, plannedEnd, up.day(), EndReason.STEPPED_UP, up.pool().service.name());
          here = up;
          length = length(up.pool().service.kind(), false);
          stayId = RandomIds.next(random);
          continue;
        }
      }
      if (!STEP_DOWN.containsKey(kind)) {
        if (plannedEnd < today) {
          end(here, person, stayId, plannedEnd, plannedEnd, EndReason.MOVED_ON,
              kind == FLOATING_SUPPORT ? "Own home, managing without support" : "Own home");
          return;
        }
        open(here, person, stayId, plannedEnd, null);
        return;
      }
      ServiceKind want = STEP_DOWN.get(kind).pick(random);
      Place down = plannedEnd < today ? stepDown(want, kind, person, plannedEnd) : null;
      if (down == null || down.day() >= today) {
        open(here, person, stayId, plannedEnd, plannedEnd < today ? want : null);
        return;
      }
      down.pool().take(down.key());
      end(here, person, stayId, plannedEnd, down.day(), EndReason.MOVED_ON, down.pool().service.name());
      UUID newStay = RandomIds.next(random);
      completedPlan(person, stayId, down, plannedEnd, newStay);
      here = down;
      length = length(down.pool().service.kind(), false);
      stayId = newStay;
    }
  }

  /** The place of the kind wanted, or, if that means waiting long, the soonest of the other ways down. */
  private @Nullable Place stepDown(ServiceKind want, ServiceKind from, DemoPathway.Resident person, int day) {
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
  private @Nullable Place find(ServiceKind kind, DemoPathway.Resident person, int day) {
    List<Pool> freeNow = new ArrayList<>(4);
    Place soonest = null;
    for (Pool pool : pools.getOrDefault(kind, List.of())) {
      if (pool.service.womenOnly() && !person.woman()) {
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

  /**
   * A few weeks in an acute ward (or the crisis house when the wards are full) during a stay in the community;
   * the person keeps their place. Gives the day they left, or -1 when there was no admission.
   */
  private int admission(DemoPathway.Resident person, int arrived, int plannedEnd) {
    int latest = Math.min(plannedEnd - 60, today - 1);
    if (latest - arrived < 45) {
      return -1;
    }
    int day = arrived + 30 + random.nextInt(latest - arrived - 30);
    for (ServiceKind kind : List.of(ACUTE_WARD, CRISIS_ALTERNATIVE)) {
      Place place = find(kind, person, day);
      if (place != null && place.day() == day) {
        place.pool().take(place.key());
        int weeks = kind == ACUTE_WARD ? 2 + random.nextInt(7) : 1 + random.nextInt(2);
        int left = day + 7 * weeks;
        UUID id = RandomIds.next(random);
        if (left >= today) {
          stays.add(new PastStay(id, person.id(), place.pool().service.id(), date(day), date(left), null, null,
              null));
          return -1;
        }
        place.pool().release(left);
        stays.add(new PastStay(id, person.id(), place.pool().service.id(), date(day), date(left), date(left),
            EndReason.RETURNED_HOME, "Back to their own place"));
        return left;
      }
    }
    return -1;
  }

  private void end(Place here, DemoPathway.Resident person, UUID id, int plannedEnd, int ended, EndReason reason,
      @Nullable String destination) {
    here.pool().release(ended);
    stays.add(new PastStay(id, person.id(), here.pool().service.id(), date(here.day()),
        date(Math.max(plannedEnd, here.day())), date(ended), reason, destination));
  }

  /**
   * The stay the person is in today, with its planned end. If they are due to move on they have an open plan:
   * delayed when every place of the next kind is taken, ready with visits when the end is near, not yet ready
   * when it is further off.
   */
  private void open(Place here, DemoPathway.Resident person, UUID id, @Nullable Integer plannedEnd,
      @Nullable ServiceKind waitingFor) {
    stays.add(new PastStay(id, person.id(), here.pool().service.id(), date(here.day()),
        plannedEnd == null ? null : date(Math.max(plannedEnd, here.day())), null, null, null));
    ServiceKind kind = here.pool().service.kind();
    if (plannedEnd == null || !STEP_DOWN.containsKey(kind) || plannedEnd > today + 150) {
      return;
    }
    ServiceKind want = waitingFor != null ? waitingFor : STEP_DOWN.get(kind).pick(random);
    List<Pool> to = pools.getOrDefault(want, List.of()).stream()
        .filter(p -> person.woman() || !p.service.womenOnly()).toList();
    if (to.isEmpty()) {
      return;
    }
    Pool receiving = Weighted.any(to, random);
    boolean delayed = to.stream().allMatch(p -> p.firstFree() == null);
    boolean ready = plannedEnd <= today + 45 || delayed;
    int readySince = Math.min(today, plannedEnd - 30 - random.nextInt(30));
    readySince = Math.max(readySince, here.day());
    UUID plan = RandomIds.next(random);
    boolean handedOver = ready && random.nextBoolean();
    plans.add(new PastMovePlan(plan, person.id(), id, receiving.service.id(),
        date(Math.max(plannedEnd, today + 7 + random.nextInt(30))), ready ? date(readySince) : null,
        Weighted.any(DECIDERS, random), null, null, null, handedOver, handedOver ? date(today - random.nextInt(10))
        : null, ready ? Weighted.any(STRENGTHS, random) : null,
        delayed ? "Ready to move; waiting for a place at " + receiving.service.name()
            : handedOver ? Weighted.any(HANDOVER_NOTES, random) : null));
    if (ready) {
      visits(plan, receiving, readySince, today, 1 + random.nextInt(4));
    } else if (random.nextInt(3) == 0) {
      visits.add(new PastVisit(RandomIds.next(random), plan, date(today - 1 - random.nextInt(20)), "MEETING",
          receiving.service.name() + " manager", "First meeting to talk about the move"));
    }
  }

  private void completedPlan(DemoPathway.Resident person, UUID fromStay, Place to, int readyOn, UUID newStay) {
    UUID plan = RandomIds.next(random);
    int readySince = Math.min(readyOn, to.day()) - 14 - random.nextInt(30);
    plans.add(new PastMovePlan(plan, person.id(), fromStay, to.pool().service.id(), date(readyOn),
        date(readySince), Weighted.any(DECIDERS, random), date(to.day()), newStay, null, true,
        date(to.day() - 7), Weighted.any(STRENGTHS, random), null));
    visits(plan, to.pool(), readySince, to.day(), 1 + random.nextInt(2));
  }

  /** Visits on distinct days between the day the person became ready and the day before the move or today. */
  private void visits(UUID plan, Pool to, int from, int until, int count) {
    int span = Math.max(1, until - from);
    for (int i = 0; i < count; i++) {
      int day = from + (int) ((long) span * (i + 1) / (count + 1));
      String kind = VISIT_KIND.pick(random);
      visits.add(new PastVisit(RandomIds.next(random), plan, date(Math.min(day, until - 1)), kind,
          to.service.name() + " staff", i == 0 ? "Getting to know you" : null));
    }
  }

  private int length(ServiceKind kind, boolean longStay) {
    if (longStay) {
      return 1900 + random.nextInt(1100);
    }
    return switch (kind) {
      case INPATIENT_REHABILITATION -> 180 + random.nextInt(186);
      case NURSING_CARE -> 730 + random.nextInt(1460);
      case RESIDENTIAL_CARE -> 548 + random.nextInt(1095);
      case COMMUNITY_RECOVERY -> 183 + random.nextInt(92);
      case STAFFED_FLATS -> 450 + random.nextInt(190);
      case SUPPORTED_LIVING -> 365 + random.nextInt(366);
      default -> 365 + random.nextInt(730);
    };
  }

  /**
   * Desmond, the featured person: a rehabilitation ward six years ago, then community recovery, the staffed
   * flats on Coldharbour Lane, an admission and a step back up to community recovery for a while, back to the
   * flats fourteen months ago, and now ready to move to his own flat with floating support. False when the
   * alliance lacks a setting his story needs.
   */
  private boolean desmond(DemoPathway.Resident person) {
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
          completedPlan(person, previous, place, planned[i - 1], id);
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
    Pool support = pools.get(FLOATING_SUPPORT).get(0);
    UUID plan = RandomIds.next(random);
    plans.add(new PastMovePlan(plan, person.id(), previous, support.service.id(), date(today + 45),
        date(today - 20), "Alliance Rehabilitation Team and Desmond", null, null, null, true, date(today - 3),
        "Cooks Sunday dinner for the whole house; has kept the house kitty for a year; staying well since "
            + "his last move", "Would like to be near the dominoes club; his sister Paulette will help him move"));
    visits.add(new PastVisit(RandomIds.next(random), plan, date(today - 15), "MEETING",
        support.service.name() + " team", "Met his new support worker at the flats"));
    visits.add(new PastVisit(RandomIds.next(random), plan, date(today - 6), "VISIT",
        support.service.name() + " team", "Viewed the council flat off Acre Lane with his support worker"));
    return true;
  }

  private static LocalDate date(int day) {
    return LocalDate.ofEpochDay(day);
  }
}
