package org.bridgeway.dayservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BridgewayTest
class DayServicesTest {

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired DayServices dayServices;
  @Autowired DayServiceRegistrations registrations;
  @Autowired DayServiceFigures figures;
  @Autowired JdbcClient jdbc;
  @Autowired org.bridgeway.people.People people;

  Scene.Alliance alliance;
  CurrentUser admin;
  LocalDate d;

  @BeforeEach
  void setUp() {
    alliance = scene.create();
    admin = alliance.admin;
    d = scene.today();
  }

  UUID dayService(String name, UUID organisation) {
    return services.add(admin, new ServiceDetails(organisation, name, ServiceKind.DROP_IN, false, null, null, null,
        null, null, null, false, false, false, null, null, null, null));
  }

  /** A session every day of the week from 70 days ago until today. */
  UUID daily(UUID service) {
    return dayServices.addSession(admin, service, new NewSession(null, SessionKind.DROP_IN, "Evening drop-in",
        "Main hall", "Peer workers", 30, true, d.minusDays(70), LocalTime.of(18, 0), LocalTime.of(21, 0),
        Repeat.WEEKLY, EnumSet.allOf(DayOfWeek.class), d));
  }

  UUID registered(UUID service, LocalDate from, LocalDate endedOn) {
    UUID person = alliance.person();
    UUID registration = registrations.registerPerson(admin, service, person, from);
    if (endedOn != null) {
      registrations.endRegistration(admin, registration, endedOn, "Moved away");
    }
    return person;
  }

  void present(UUID service, UUID session, UUID person, int... daysAgo) {
    for (int ago : daysAgo) {
      dayServices.takeRegister(admin, service, session, d.minusDays(ago), Map.of(person, true), null);
    }
  }

  @Test
  void twoRegistersTakenAtOnceMergeWithoutLosingAnEntry() {
    UUID hub = dayService("Recovery hub", alliance.ours);
    UUID session = daily(hub);
    UUID ann = registered(hub, d.minusDays(100), null);
    UUID ben = registered(hub, d.minusDays(100), null);
    UUID cal = registered(hub, d.minusDays(100), null);
    CurrentUser phoneOne = alliance.user(Role.PRACTITIONER, alliance.staff(alliance.ours, "Ola"));
    CurrentUser phoneTwo = alliance.user(Role.MANAGER, alliance.staff(alliance.ours, "Kim"));

    // Both phones opened the empty register; each submits only what was ticked on it.
    dayServices.takeRegister(phoneOne, hub, session, d, Map.of(ann, true), 12);
    dayServices.takeRegister(phoneTwo, hub, session, d, Map.of(ben, true, cal, false), null);

    AttendanceRegister register = dayServices.register(admin, hub, session, d);
    assertThat(register.entries()).extracting(RegisterEntry::personId, RegisterEntry::present)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(ann, true), org.assertj.core.groups.Tuple.tuple(ben, true),
            org.assertj.core.groups.Tuple.tuple(cal, false));
    assertThat(register.headCount()).isEqualTo(12);
    assertThat(register.present()).isEqualTo(2);

    // A correction from one phone changes only its own entry.
    dayServices.takeRegister(phoneOne, hub, session, d, Map.of(ann, false), null);
    assertThat(dayServices.register(admin, hub, session, d).entries())
        .filteredOn(e -> Boolean.TRUE.equals(e.present())).extracting(RegisterEntry::personId).containsExactly(ben);
  }

  @Test
  void onlyStaffOfTheRunningOrganisationTakeRegistersAndSeeWhoIsRegistered() {
    UUID hub = dayService("Recovery hub", alliance.ours);
    UUID session = daily(hub);
    UUID ann = registered(hub, d.minusDays(10), null);
    CurrentUser theirs = alliance.user(Role.PRACTITIONER, alliance.staff(alliance.theirs, "Lee"));
    CurrentUser panel = alliance.user(Role.PANEL_MEMBER, null);

    assertThatThrownBy(() -> dayServices.takeRegister(theirs, hub, session, d, Map.of(ann, true), null))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> registrations.registered(panel, hub, d)).isInstanceOf(AccessDenied.class);
    assertThat(dayServices.sessions(theirs, hub)).hasSize(1);
    assertThat(dayServices.register(admin, hub, session, d).entries()).allMatch(e -> e.present() == null);
  }

  @Test
  void badInputChangesNothing() {
    UUID hub = dayService("Recovery hub", alliance.ours);
    UUID session = daily(hub);
    UUID ann = registered(hub, d.minusDays(10), null);
    UUID stranger = alliance.person();

    assertThatThrownBy(() -> dayServices.addSession(admin, hub, new NewSession(null, SessionKind.WORKSHOP, "Yoga",
        null, null, null, false, d, LocalTime.of(10, 0), LocalTime.of(9, 0), Repeat.WEEKLY, Set.of(), null)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .extracting(p -> p.field()).containsExactly("endTime", "weekdays", "until"));
    assertThatThrownBy(() -> dayServices.takeRegister(admin, hub, session, d, Map.of(ann, true, stranger, true),
        null)).isInstanceOf(Refused.class);
    assertThatThrownBy(() -> registrations.registerPerson(admin, hub, ann, d)).isInstanceOf(Refused.class);
    assertThat(dayServices.register(admin, hub, session, d).entries()).extracting(RegisterEntry::present)
        .containsOnlyNulls();
    assertThat(dayServices.sessions(admin, hub)).hasSize(1);
  }

  @Test
  void registeredPeopleOnADay() {
    UUID hub = dayService("Recovery hub", alliance.ours);
    // On day D: Ann (from D-100, open), Ben (from D, open) and Eve (ended D+1: covers D) are registered;
    // Dee (ended on D: covers up to D-1) and Fay (from D+1) are not. Answer: Ann, Ben, Eve = 3.
    UUID ann = registered(hub, d.minusDays(100), null);
    UUID ben = registered(hub, d, null);
    UUID eve = registered(hub, d.minusDays(5), d.plusDays(1));
    registered(hub, d.minusDays(5), d);
    registered(hub, d.plusDays(1), null);

    assertThat(figures.registered(alliance.test.id(), d, hub)).containsExactlyInAnyOrder(ann, ben, eve);
    assertThat(figures.registered(alliance.test.id(), d, null)).hasSize(3);
  }

  @Test
  void regularAttendersAttendedInAtLeastFourOfTheLastEightWeeks() {
    UUID hub = dayService("Recovery hub", alliance.ours);
    UUID session = daily(hub);
    // The 56 days ending on D in 7-day blocks: block k is D-7k-6 .. D-7k, so block 0 is D-6..D, block 7 D-55..D-49.
    UUID ann = registered(hub, d.minusDays(100), null);
    UUID ben = registered(hub, d.minusDays(100), null);
    UUID cal = registered(hub, d.minusDays(100), null);
    UUID dee = registered(hub, d.minusDays(100), null);
    present(hub, session, ann, 0, 7, 14, 21);           // blocks 0, 1, 2, 3: 4 blocks, regular
    present(hub, session, ben, 1, 2, 3, 4, 5, 6, 8, 15); // blocks 0, 0, 0, 0, 0, 0, 1, 2: 3 blocks, not regular
    present(hub, session, cal, 55, 42, 35, 28);         // blocks 7, 6, 5, 4: 4 blocks, regular
    present(hub, session, dee, 56, 49, 42, 35);         // D-56 is outside; blocks 7, 6, 5: 3, not regular
    dayServices.takeRegister(admin, hub, session, d, Map.of(dee, false), 40); // absent, and a head count of 40
    dayServices.takeRegister(admin, hub, session, d.minusDays(7), Map.of(dee, false), 25);
    // Answer: Ann and Cal. The head counts are nobody.

    assertThat(figures.regularAttenders(alliance.test.id(), d, null)).containsExactlyInAnyOrder(ann, cal);
    assertThat(figures.regularAttenders(alliance.test.id(), d, hub)).containsExactlyInAnyOrder(ann, cal);
    // A week later Ann's D-21 falls in block 4 and her attendance is blocks 1..4: still 4. Cal's D-55 and D-42
    // fall out (D-55 is 62 days before D+7): Cal has blocks 6 and 5 only. Answer: Ann.
    assertThat(figures.regularAttenders(alliance.test.id(), d.plusDays(7), null)).containsExactly(ann);
  }

  @Test
  void peopleUsingTwoOrMoreServicesInAPeriod() {
    UUID a = dayService("Recovery hub", alliance.ours);
    UUID b = dayService("Art space", alliance.ours);
    UUID c = dayService("Sunday café", alliance.theirs);
    UUID bSession = daily(b);
    LocalDate from = d.minusDays(30);
    LocalDate to = d.minusDays(1);
    // Ann: A open; B ended on D-30, so it covers up to D-31: one service in the period, not counted.
    UUID ann = registered(a, d.minusDays(100), null);
    registrations.registerPerson(admin, b, ann, d.minusDays(100));
    registrations.endRegistration(admin, registrations.registrationsOf(admin, ann).stream()
        .filter(r -> r.serviceId().equals(b)).findFirst().orElseThrow().id(), from, "Finished the course");
    // Ben: A open, and an attendance at B on D-10 with no registration there (as imported): two services.
    UUID ben = registered(a, d.minusDays(100), null);
    jdbc.sql("insert into day_attendance (alliance_id, session_id, occurs_on, person_id, present, recorded_by)"
        + " values (?, ?, ?, ?, true, 'import')").params(alliance.test.id(), bSession, d.minusDays(10), ben).update();
    // Cal: A open, B from D, after the period: one service.
    UUID cal = registered(a, d.minusDays(100), null);
    registrations.registerPerson(admin, b, cal, d);
    // Dee: A ended on D-29 (covers D-30, the first day of the period) and C from D-1: two services.
    UUID dee = registered(a, d.minusDays(100), d.minusDays(29));
    registrations.registerPerson(admin, c, dee, to);
    // Eve: A open, marked absent at B on D-5: absence is no use, one service.
    UUID eve = registered(a, d.minusDays(100), null);
    jdbc.sql("insert into day_attendance (alliance_id, session_id, occurs_on, person_id, present, recorded_by)"
        + " values (?, ?, ?, ?, false, 'import')").params(alliance.test.id(), bSession, d.minusDays(5), eve).update();
    // Answer: Ben and Dee; of them, at C only Dee.

    assertThat(figures.usingSeveralServices(alliance.test.id(), from, to, null)).containsExactlyInAnyOrder(ben, dee);
    assertThat(figures.usingSeveralServices(alliance.test.id(), from, to, c)).containsExactly(dee);
    assertThat(cal).isNotNull();
  }

  @Test
  void aWorkerOfTheRunningOrganisationRegistersAnyoneOfTheAllianceAndOpensTheirRecordWhileRegistered() {
    UUID hub = dayService("Recovery hub", alliance.ours);
    UUID art = dayService("Art space", alliance.theirs);
    UUID sam = alliance.person();
    CurrentUser ola = alliance.user(Role.PRACTITIONER, alliance.staff(alliance.ours, "Ola"));
    CurrentUser lee = alliance.user(Role.PRACTITIONER, alliance.staff(alliance.theirs, "Lee"));
    CurrentUser kim = alliance.user(Role.MANAGER, alliance.staff(alliance.ours, "Kim"));
    // Sam is on no care team and no service's list: no worker may open the record yet.
    assertThat(people.mayOpen(ola, sam)).isFalse();
    assertThatThrownBy(() -> registrations.registrationsOf(ola, sam)).isInstanceOf(AccessDenied.class);

    // Direct access: Ola registers Sam from the service, without a referral or a right to the record.
    UUID registration = registrations.registerPerson(ola, hub, sam, d);

    assertThat(people.mayOpen(ola, sam)).as("a worker of the organisation running the service").isTrue();
    assertThat(people.mayOpen(kim, sam)).as("its manager").isTrue();
    assertThat(people.mayOpen(lee, sam)).as("a worker of another organisation's service").isFalse();
    assertThat(registrations.registrationsOf(ola, sam)).extracting(Registration::serviceId).containsExactly(hub);
    assertThatThrownBy(() -> registrations.registerPerson(lee, hub, sam, d)).isInstanceOf(AccessDenied.class);
    // Lee's own service registering Sam gives Lee access, and Ola none through it.
    registrations.registerPerson(lee, art, sam, d);
    assertThat(people.mayOpen(lee, sam)).isTrue();

    // The registration ends today: from today it covers no day, and the right ends with it.
    registrations.endRegistration(ola, registration, d, "Moved away");
    assertThat(people.mayOpen(ola, sam)).isFalse();
    assertThat(people.mayOpen(kim, sam)).isFalse();
    assertThat(people.mayOpen(lee, sam)).isTrue();
  }

  @Test
  void aRegistrationStartingTomorrowGivesNoRightToday() {
    UUID hub = dayService("Recovery hub", alliance.ours);
    UUID sam = alliance.person();
    CurrentUser ola = alliance.user(Role.PRACTITIONER, alliance.staff(alliance.ours, "Ola"));
    CurrentUser noStaff = alliance.user(Role.PRACTITIONER, null);

    registrations.registerPerson(ola, hub, sam, d.plusDays(1));

    assertThat(people.mayOpen(ola, sam)).isFalse();
    assertThat(people.mayOpen(noStaff, sam)).isFalse();
  }

  @Test
  void aSecondOpenRegistrationWithTheSameServiceIsRefusedWithTheFirstOnesDate() {
    UUID hub = dayService("Recovery hub", alliance.ours);
    UUID sam = alliance.person();
    registrations.registerPerson(admin, hub, sam, LocalDate.of(2026, 5, 3));
    String added = "select count(*) from audit_event where alliance_id = ? and subject_type = ?"
        + " and action = 'CREATE'";
    long audited = jdbc.sql(added)
        .params(alliance.test.id(), "Day service registration").query(Long.class).single();

    assertThatThrownBy(() -> registrations.registerPerson(admin, hub, sam, d))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage())
            .isEqualTo("Sam Okafor is already registered with Recovery hub (since 3 May 2026). End that registration"
                + " before registering them again."));
    assertThat(figures.registered(alliance.test.id(), d, hub)).containsExactly(sam);
    assertThat(jdbc.sql(added)
        .params(alliance.test.id(), "Day service registration").query(Long.class).single()).isEqualTo(audited);
    assertThat(audited).isEqualTo(1);
    assertThatThrownBy(() -> registrations.registerPerson(admin, hub, UUID.randomUUID(), d))
        .isInstanceOf(org.bridgeway.shared.RecordNotFound.class);
  }

  @Test
  void reachCountsTheWholeServiceAndTheWholeAlliance() {
    UUID a = dayService("Recovery hub", alliance.ours);
    UUID b = dayService("Art space", alliance.theirs);
    // Ann at A and B, Ben at A, Cal at B: the alliance has 3 registered, 1 using two services; A has 2 registered
    // and 1 also using another service; no one attended, so no regular attenders.
    UUID ann = registered(a, d.minusDays(10), null);
    registrations.registerPerson(admin, b, ann, d.minusDays(10));
    registered(a, d.minusDays(10), null);
    registered(b, d.minusDays(10), null);

    assertThat(figures.reach(alliance.test.id(), d, null, null))
        .isEqualTo(new Reach(null, d, 3, 0, 1));
    assertThat(figures.reach(alliance.test.id(), d, a, "Recovery hub"))
        .isEqualTo(new Reach("Recovery hub", d, 2, 0, 1));
    assertThat(new Reach(null, d, 0, 0, 0).severalServicesFrom()).isEqualTo(d.minusDays(55));
  }
}
