package org.bridgeway.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.pathway.PathwayBulkWriter.PastMovePlan;
import org.bridgeway.pathway.PathwayBulkWriter.PastVisit;

/**
 * The move plans and visits of {@link PathwaySimulation}'s journeys: a completed plan for each move down, and for
 * the stays people are in today an open plan when their move is near. It draws from the simulation's own random
 * numbers, in the order the walk asks, so the same seed gives the same plans.
 */
final class MovePlans {

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

  private final SplittableRandom random;
  private final int today;
  private final List<PastMovePlan> plans = new ArrayList<>();
  private final List<PastVisit> visits = new ArrayList<>();

  MovePlans(SplittableRandom random, int today) {
    this.random = random;
    this.today = today;
  }

  List<PastMovePlan> plans() {
    return plans;
  }

  List<PastVisit> visits() {
    return visits;
  }

  /**
   * The open plan of a stay whose move is near, to one of the services given: delayed when every place there is
   * taken, ready with visits when the end is near, not yet ready when it is further off.
   */
  void open(DemoPathway.Resident person, UUID id, Place here, int plannedEnd, List<Pool> to) {
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

  /** The completed plan of a move made: ready some weeks before, visits before the move. */
  void completed(DemoPathway.Resident person, UUID fromStay, Place to, int readyOn, UUID newStay) {
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

  /** The featured person's plan: ready to move to his own flat with floating support, with two visits so far. */
  void desmondMovesOn(DemoPathway.Resident person, UUID previous, Pool support) {
    UUID plan = RandomIds.next(random);
    plans.add(new PastMovePlan(plan, person.id(), previous, support.service.id(), date(today + 45),
        date(today - 20), "Alliance Rehabilitation Team and Desmond", null, null, null, true, date(today - 3),
        "Cooks Sunday dinner for the whole house; has kept the house kitty for a year; staying well since "
            + "his last move", "Would like to be near the dominoes club; his sister Paulette will help him move"));
    visits.add(new PastVisit(RandomIds.next(random), plan, date(today - 15), "MEETING",
        support.service.name() + " team", "Met his new support worker at the flats"));
    visits.add(new PastVisit(RandomIds.next(random), plan, date(today - 6), "VISIT",
        support.service.name() + " team", "Viewed the council flat off Acre Lane with his support worker"));
  }

  private static LocalDate date(int day) {
    return LocalDate.ofEpochDay(day);
  }
}
