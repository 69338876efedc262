package org.bridgeway.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.dayservices.DayServicesBulkWriter.PastAttendance;
import org.bridgeway.dayservices.DayServicesBulkWriter.PastRegistration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The day services' plan at a large size, without a database: day_attendance is keyed by session, date and
 * person, so the plan must never mark one person twice at one session on one date, however many people it
 * covers. At 50,000 people per alliance the Leeds-like alliance has 20,000 people on day services only besides
 * its pathway, and two registrations of one person at one service (a service left earlier and chosen again as a
 * second service) once overlapped and gave the same key twice.
 */
class DemoDayServicesPlanTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @Test
  void manyPeopleOnTheLeedsLikeFourteenServicesNeverGiveOneAttendanceKeyTwice() {
    List<ServiceRecord> services = services(14);
    SplittableRandom ids = new SplittableRandom(7);
    List<UUID> pathway = people(50_000, ids);
    List<UUID> dayServiceOnly = people(60_000, ids);

    DemoDayServices.Plan plan = DemoDayServices.plan(services, true, pathway, dayServiceOnly, TODAY, 20260401L);

    assertThat(plan.attendance()).hasSizeGreaterThan(1_000_000);
    Set<PastAttendance> keys = new HashSet<>();
    List<PastAttendance> twice = new ArrayList<>();
    for (PastAttendance a : plan.attendance()) {
      if (!keys.add(new PastAttendance(a.sessionId(), a.date(), a.personId(), true))) {
        twice.add(a);
      }
    }
    assertThat(twice).isEmpty();
    assertThat(overlapping(plan.registrations())).isEmpty();
  }

  @Test
  void twoServicesOnlyStillNeverOverlapOnePersonsRegistrationsAtOneService() {
    // With two services, the earlier one and the second one are always the same service (the other one than
    // the first), which is where overlaps came from.
    List<ServiceRecord> services = services(2);
    SplittableRandom ids = new SplittableRandom(11);

    DemoDayServices.Plan plan = DemoDayServices.plan(services, true, people(2_000, ids), people(20_000, ids), TODAY,
        42L);

    assertThat(overlapping(plan.registrations())).isEmpty();
    Set<PastAttendance> keys = new HashSet<>();
    for (PastAttendance a : plan.attendance()) {
      assertThat(keys.add(new PastAttendance(a.sessionId(), a.date(), a.personId(), true))).as("%s", a).isTrue();
    }
  }

  @Test
  void theSameSeedGivesTheSamePlan() {
    List<ServiceRecord> services = services(14);
    List<UUID> pathway = people(800, new SplittableRandom(3));
    List<UUID> dayServiceOnly = people(1_680, new SplittableRandom(4));

    DemoDayServices.Plan one = DemoDayServices.plan(services, true, pathway, dayServiceOnly, TODAY, 5L);
    DemoDayServices.Plan two = DemoDayServices.plan(services, true, pathway, dayServiceOnly, TODAY, 5L);

    assertThat(two.registrations()).isEqualTo(one.registrations());
    assertThat(two.attendance()).isEqualTo(one.attendance());
  }

  /** Pairs of one person's registrations at one service that share a day (the end day is not covered). */
  private static List<String> overlapping(List<PastRegistration> registrations) {
    Map<String, List<PastRegistration>> byPersonAndService = new HashMap<>();
    for (PastRegistration r : registrations) {
      byPersonAndService.computeIfAbsent(r.personId() + " " + r.serviceId(), k -> new ArrayList<>()).add(r);
    }
    List<String> found = new ArrayList<>();
    for (List<PastRegistration> same : byPersonAndService.values()) {
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          PastRegistration a = same.get(i);
          PastRegistration b = same.get(j);
          if (before(a.start(), b.end()) && before(b.start(), a.end())) {
            found.add(a + " and " + b);
          }
        }
      }
    }
    return found;
  }

  private static boolean before(LocalDate day, @Nullable LocalDate end) {
    return end == null || day.isBefore(end);
  }

  private static List<UUID> people(int n, SplittableRandom random) {
    List<UUID> people = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      people.add(RandomIds.next(random));
    }
    return people;
  }

  private static List<ServiceRecord> services(int n) {
    List<ServiceRecord> services = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < n; i++) {
      services.add(new ServiceRecord(RandomIds.next(random), RandomIds.next(random), "Partner", "Drop-in " + (i + 1),
          ServiceKind.DROP_IN, false, null, null, null, null, null, null, false, false, false, null, null, null, null,
          null, 0, List.of()));
    }
    return services;
  }
}
