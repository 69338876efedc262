package org.bridgeway.demo;

import static org.bridgeway.alliance.ServiceKind.ACUTE_WARD;
import static org.bridgeway.alliance.ServiceKind.COMMUNITY_RECOVERY;
import static org.bridgeway.alliance.ServiceKind.CRISIS_ALTERNATIVE;
import static org.bridgeway.alliance.ServiceKind.FLOATING_SUPPORT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.PathwayBulkWriter.PastStay;
import org.jspecify.annotations.Nullable;

/**
 * The walk through time behind {@link DemoPathway}: each service has one slot per place with the day it is free
 * from, and each journey is walked forward taking a free slot of the next kind, staying longer where it is when
 * none is free, so nobody is in two settings at once and no service is filled past its capacity.
 */
final class PathwaySimulation {

  /** Newcomers take no place freed in the last three weeks, so a few places are vacant today. */
  private static final int VACANT_DAYS = 21;

  private static final List<String> AWAY = List.of("Moved to live with family in Birmingham",
      "Moved to a flat near family in Kent", "Moved back to Scotland");

  private final SplittableRandom random;
  private final int today;
  private final int start;
  private final Map<ServiceKind, List<Pool>> pools = new EnumMap<>(ServiceKind.class);
  private final List<PastStay> stays = new ArrayList<>();
  private final MovePlans planning;
  private final AllianceYears years;
  private final Vacancies vacancies;

  PathwaySimulation(List<ServiceRecord> services, LocalDate today, long seed) {
    this.random = new SplittableRandom(seed ^ 0x9A7E_3A1L);
    this.today = (int) today.toEpochDay();
    this.start = this.today - DemoPathway.HISTORY_DAYS;
    this.planning = new MovePlans(random, this.today);
    this.years = new AllianceYears(random, start, this.today);
    this.vacancies = new Vacancies(pools, random, years);
    services.stream()
        .filter(s -> s.capacity() != null && s.capacity() > 0 && (s.kind().onLadder() || s.kind().hospital()))
        .sorted(Comparator.comparing(ServiceRecord::id))
        .forEach(s -> pools.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(new Pool(s, start - 3650)));
  }

  DemoPathway.History run(List<DemoPathway.Resident> people, @Nullable UUID featured) {
    List<DemoPathway.Resident> others = new ArrayList<>(people.size());
    for (DemoPathway.Resident person : people) {
      if (person.id().equals(featured) && new FeaturedJourney(pools, stays, planning, random, today).walk(person)) {
        continue;
      }
      others.add(person);
    }
    int next = cohort(others);
    arrivals(others.subList(next, others.size()));
    return new DemoPathway.History(stays, planning.plans(), planning.visits());
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
          boolean staysLong = kind.residential() && (!longStay || random.nextInt(8) == 0);
          longStay |= staysLong;
          int length = Journeys.length(random, kind, staysLong);
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
   * in the nearest setting no more restrictive that has a place free within a month; one in five, and those who
   * find no place, do not come at all. As the years pass fewer arrive in hospital and care homes ({@link
   * Journeys#entry}).
   */
  private void arrivals(List<DemoPathway.Resident> people) {
    int coming = people.size() * 4 / 5;
    for (int i = 0; i < coming; i++) {
      DemoPathway.Resident person = people.get(i);
      int day = start + (int) ((long) DemoPathway.HISTORY_DAYS * i / Math.max(1, coming)) + random.nextInt(7);
      ServiceKind kind = Journeys.entry(years.progress(day)).pick(random);
      Place place = vacancies.find(kind, person, day);
      for (ServiceKind other : AllianceYears.fallbacks(kind)) {
        if (place != null && place.day() <= day + 30) {
          break;
        }
        Place elsewhere = vacancies.find(other, person, day);
        if (elsewhere != null && elsewhere.day() <= day + 30) {
          kind = other;
          place = elsewhere;
        }
      }
      if (place == null || place.day() > day + 90 || place.day() >= today - VACANT_DAYS) {
        continue;
      }
      place.pool().take(place.key());
      journey(person, place, Journeys.length(random, kind, kind.residential() && random.nextInt(8) == 0));
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
      int plannedEnd = years.reviewed(kind, arrived, arrived + length);
      int roll = random.nextInt(100);
      boolean community = Journeys.STEP_UP.containsKey(kind);
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
        ServiceKind upTo = Journeys.STEP_UP.get(kind).pick(random);
        // As the alliance's community recovery service grows, it takes in more of those who once went back to
        // the rehabilitation ward; a person in it already is supported through the crisis where they are.
        boolean stayPut = upTo == ServiceKind.INPATIENT_REHABILITATION && random.nextDouble() < years.progress(upOn);
        if (stayPut) {
          upTo = COMMUNITY_RECOVERY;
        }
        Place up = upOn < today && !(stayPut && kind == COMMUNITY_RECOVERY) ? vacancies.find(upTo, person, upOn) : null;
        if (up != null && up.day() <= upOn + 14 && up.day() < today) {
          up.pool().take(up.key());
          end(here, person, stayId, plannedEnd, up.day(), EndReason.STEPPED_UP, up.pool().service.name());
          here = up;
          length = Journeys.length(random, up.pool().service.kind(), false);
          stayId = RandomIds.next(random);
          continue;
        }
      }
      if (!Journeys.STEP_DOWN.containsKey(kind)) {
        if (plannedEnd < today) {
          end(here, person, stayId, plannedEnd, plannedEnd, EndReason.MOVED_ON,
              kind == FLOATING_SUPPORT ? "Own home, managing without support" : "Own home");
          return;
        }
        open(here, person, stayId, plannedEnd, null);
        return;
      }
      ServiceKind want = Journeys.STEP_DOWN.get(kind).pick(random);
      Place down = plannedEnd < today ? vacancies.stepDown(want, kind, person, plannedEnd) : null;
      if (down == null || down.day() >= today) {
        open(here, person, stayId, plannedEnd, plannedEnd < today ? want : null);
        return;
      }
      down.pool().take(down.key());
      end(here, person, stayId, plannedEnd, down.day(), EndReason.MOVED_ON, down.pool().service.name());
      UUID newStay = RandomIds.next(random);
      planning.completed(person, stayId, down, plannedEnd, newStay);
      here = down;
      length = Journeys.length(random, down.pool().service.kind(), false);
      stayId = newStay;
    }
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
      Place place = vacancies.find(kind, person, day);
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
    if (plannedEnd == null || !Journeys.STEP_DOWN.containsKey(kind) || plannedEnd > today + 150) {
      return;
    }
    ServiceKind want = waitingFor != null ? waitingFor : Journeys.STEP_DOWN.get(kind).pick(random);
    List<Pool> to = pools.getOrDefault(want, List.of()).stream()
        .filter(p -> person.woman() || !p.service.womenOnly()).toList();
    if (to.isEmpty()) {
      return;
    }
    planning.open(person, id, here, plannedEnd, to);
  }

  private static LocalDate date(int day) {
    return LocalDate.ofEpochDay(day);
  }
}
