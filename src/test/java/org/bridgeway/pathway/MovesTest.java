package org.bridgeway.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditEntry;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.careteam.Scene;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Move plans against a real database; the move date is a few days ago, as a move is completed once it happened. */
@BridgewayTest
class MovesTest {

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired Moves moves;
  @Autowired AuditTrail audit;

  Scene.Alliance lambeth;
  CurrentUser admin;
  UUID sam;
  LocalDate moveDay;
  UUID house;
  UUID flats;
  UUID oakHouse;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    admin = lambeth.admin;
    sam = lambeth.person();
    moveDay = scene.today().minusDays(3);
    house = service("Recovery house", ServiceKind.COMMUNITY_RECOVERY, 12);
    flats = service("Staffed flats", ServiceKind.STAFFED_FLATS, 8);
    oakHouse = service("Oak House", ServiceKind.RESIDENTIAL_CARE, 20);
  }

  UUID service(String name, ServiceKind kind, Integer capacity) {
    return services.add(admin, new ServiceDetails(lambeth.ours, name, kind, false, capacity, CapacityUnit.PLACES,
        null, null, null, null, false, false, false, null, null, null, null));
  }

  UUID stay(UUID person, UUID service, LocalDate from) {
    return stays.record(admin, person, new NewStay(service, from, null, null));
  }

  UUID plan(UUID fromStay, UUID to) {
    return moves.plan(admin, sam, new NewMovePlan(fromStay, to, moveDay, Readiness.NOT_YET_READY, null,
        "the person with their care coordinator"));
  }

  @Test
  void aStepDownCompletedEndsTheOldStayMovedOnAndOpensTheNewOneFromTheMoveDate() {
    UUID old = stay(sam, house, moveDay.minusMonths(8));
    UUID plan = plan(old, flats);
    assertThat(moves.get(admin, sam, plan).direction()).isEqualTo(MoveDirection.STEP_DOWN);

    UUID next = moves.complete(admin, sam, plan, 0, moveDay, null);

    Stay ended = stays.get(admin, sam, old);
    assertThat(ended.endDate()).isEqualTo(moveDay);
    assertThat(ended.endReason()).isEqualTo(EndReason.MOVED_ON);
    assertThat(ended.destination()).isEqualTo("Staffed flats");
    Stay started = stays.get(admin, sam, next);
    assertThat(started.serviceName()).isEqualTo("Staffed flats");
    assertThat(started.startDate()).isEqualTo(moveDay);
    assertThat(started.open()).isTrue();
    MovePlan done = moves.get(admin, sam, plan);
    assertThat(done.status()).isEqualTo(MoveStatus.COMPLETED);
    assertThat(done.movedOn()).isEqualTo(moveDay);
    assertThat(done.newStayId()).isEqualTo(next);
    assertThat(audit.page(lambeth.test.id(), sam, 0, 20).items()).extracting(AuditEntry::detail)
        .contains("Step down: moved from Recovery house to Staffed flats on " + day(moveDay));
  }

  @Test
  void aStepUpEndsTheStaySteppedUpAndALaterStepDownNeedsNoReferralEither() {
    UUID old = stay(sam, house, moveDay.minusMonths(8));
    UUID up = plan(old, oakHouse);
    assertThat(moves.get(admin, sam, up).direction()).isEqualTo(MoveDirection.STEP_UP);
    UUID inOak = moves.complete(admin, sam, up, 0, moveDay.minusDays(1), null);
    assertThat(stays.get(admin, sam, old).endReason()).isEqualTo(EndReason.STEPPED_UP);

    UUID down = plan(inOak, house);
    assertThat(moves.get(admin, sam, down).direction()).isEqualTo(MoveDirection.STEP_DOWN);
    moves.complete(admin, sam, down, 0, moveDay, null);

    assertThat(stays.get(admin, sam, inOak).endReason()).isEqualTo(EndReason.MOVED_ON);
    assertThat(stays.ofPerson(admin, sam)).extracting(Stay::serviceName, Stay::open)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Recovery house", false),
            org.assertj.core.groups.Tuple.tuple("Oak House", false),
            org.assertj.core.groups.Tuple.tuple("Recovery house", true));
  }

  @Test
  void aMoveIntoHospitalLeavesTheHomeStayOpen() {
    UUID home = stay(sam, service("Acre Lane flats", ServiceKind.SUPPORTED_LIVING, 10), moveDay.minusYears(1));
    UUID ward = service("Ward 4", ServiceKind.ACUTE_WARD, 20);
    UUID plan = plan(home, ward);
    assertThat(moves.get(admin, sam, plan).direction()).isEqualTo(MoveDirection.INTO_HOSPITAL);

    UUID admission = moves.complete(admin, sam, plan, 0, moveDay, null);

    assertThat(stays.get(admin, sam, home).open()).isTrue();
    assertThat(stays.get(admin, sam, admission).startDate()).isEqualTo(moveDay);
    assertThat(moves.get(admin, sam, plan).status()).isEqualTo(MoveStatus.COMPLETED);
  }

  @Test
  void completingIntoAFullServiceIsRefusedAndChangesNothingThenGoesAheadWithAnOverrideReason() {
    UUID full = service("One-bed flat", ServiceKind.STAFFED_FLATS, 1);
    stay(lambeth.person(), full, moveDay.minusMonths(1));
    UUID old = stay(sam, house, moveDay.minusMonths(8));
    UUID plan = plan(old, full);

    assertThatThrownBy(() -> moves.complete(admin, sam, plan, 0, moveDay, null))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.field()).isEqualTo("capacityOverrideReason"));
    Stay still = stays.get(admin, sam, old);
    assertThat(still.open()).isTrue();
    assertThat(still.version()).isZero();
    assertThat(stays.ofPerson(admin, sam)).hasSize(1);
    assertThat(moves.get(admin, sam, plan).status()).isEqualTo(MoveStatus.PLANNED);
    assertThat(moves.get(admin, sam, plan).version()).isZero();

    UUID next = moves.complete(admin, sam, plan, 0, moveDay, "Agreed by the panel: the flat is kept for Sam");

    assertThat(stays.get(admin, sam, old).endDate()).isEqualTo(moveDay);
    assertThat(stays.get(admin, sam, next).capacityOverrideReason())
        .isEqualTo("Agreed by the panel: the flat is kept for Sam");
  }

  @Test
  void aStaleVersionIsAConflictAndTheFirstSaveStands() {
    UUID plan = plan(stay(sam, house, moveDay.minusMonths(8)), flats);
    moves.change(admin, sam, plan, 0, new MoveChanges(moveDay, Readiness.READY, moveDay.minusDays(10),
        "placement panel", true, moveDay.minusDays(2), "Cooks for everyone on Sundays", null));

    assertThatThrownBy(() -> moves.change(admin, sam, plan, 0, new MoveChanges(null, Readiness.NOT_YET_READY,
        null, "someone else", false, null, null, null))).isInstanceOf(EditConflict.class);
    assertThatThrownBy(() -> moves.complete(admin, sam, plan, 0, moveDay, null)).isInstanceOf(EditConflict.class);
    assertThatThrownBy(() -> moves.cancel(admin, sam, plan, 0, "No longer wanted")).isInstanceOf(EditConflict.class);

    MovePlan saved = moves.get(admin, sam, plan);
    assertThat(saved.version()).isEqualTo(1);
    assertThat(saved.decidedBy()).isEqualTo("placement panel");
    assertThat(saved.handover()).isEqualTo(new Handover(true, moveDay.minusDays(2), "Cooks for everyone on Sundays",
        null));
    assertThat(saved.status()).isEqualTo(MoveStatus.PLANNED);
  }

  @Test
  void readyNeedsADayNotInTheFutureAndDaysWaitingCountFromIt() {
    LocalDate today = scene.today();
    assertThatThrownBy(() -> moves.plan(admin, sam, new NewMovePlan(null, flats, null, Readiness.READY, null,
        "placement panel"))).isInstanceOfSatisfying(InvalidInput.class,
            e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("readySince"));
    assertThatThrownBy(() -> moves.plan(admin, sam, new NewMovePlan(null, flats, null, Readiness.READY,
        today.plusDays(1), "placement panel"))).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> moves.plan(admin, sam, new NewMovePlan(null, flats, null, Readiness.NOT_YET_READY,
        null, " "))).isInstanceOfSatisfying(InvalidInput.class,
            e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("decidedBy"));

    UUID plan = moves.plan(admin, sam, new NewMovePlan(null, flats, null, Readiness.READY, today.minusDays(10),
        "placement panel"));

    // Ready since ten days ago, still planned: 10 days waiting. No stay to move from: onto the pathway.
    MovePlan saved = moves.get(admin, sam, plan);
    assertThat(saved.daysWaiting(today)).isEqualTo(10L);
    assertThat(saved.direction()).isEqualTo(MoveDirection.ONTO_THE_PATHWAY);
  }

  @Test
  void aStayOfAnotherPersonCannotBeMovedFrom() {
    UUID kemisStay = stay(lambeth.person(), house, moveDay.minusMonths(2));

    assertThatThrownBy(() -> plan(kemisStay, flats))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.field()).isEqualTo("fromStayId"));
    assertThat(moves.ofPerson(admin, sam)).isEmpty();
  }

  @Test
  void aSecondOpenPlanIsRefusedNamingTheFirstUntilTheFirstIsCancelled() {
    UUID old = stay(sam, house, moveDay.minusMonths(8));
    UUID first = plan(old, flats);

    assertThatThrownBy(() -> plan(old, oakHouse)).isInstanceOfSatisfying(OpenPlanExists.class, e -> {
      assertThat(e.openPlanId()).isEqualTo(first);
      assertThat(e.getMessage()).startsWith("They already have an open move plan, to Staffed flats.");
    });
    assertThat(moves.ofPerson(admin, sam)).hasSize(1);

    moves.cancel(admin, sam, first, 0, "Sam chose to wait for a flat nearer his sister");
    plan(old, oakHouse);

    assertThat(moves.ofPerson(admin, sam)).extracting(MovePlan::status, MovePlan::cancelReason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MoveStatus.PLANNED, null),
            org.assertj.core.groups.Tuple.tuple(MoveStatus.CANCELLED,
                "Sam chose to wait for a flat nearer his sister"));
  }

  @Test
  void aVoidedVisitStaysVisibleWithWhoVoidedItAndWhy() {
    UUID plan = plan(stay(sam, house, moveDay.minusMonths(8)), flats);
    UUID tea = moves.addVisit(admin, sam, plan, new NewMoveVisit(moveDay.minusDays(20), VisitKind.MEAL,
        "Two tenants", "Made a curry together"));
    moves.addVisit(admin, sam, plan, new NewMoveVisit(moveDay.minusDays(10), VisitKind.OVERNIGHT_STAY, null, null));

    assertThatThrownBy(() -> moves.voidVisit(admin, sam, plan, tea, " ")).isInstanceOf(InvalidInput.class);
    moves.voidVisit(admin, sam, plan, tea, "Recorded against the wrong person");

    MovePlan saved = moves.get(admin, sam, plan);
    assertThat(saved.visits()).hasSize(2);
    assertThat(saved.visitsHeld()).isEqualTo(1);
    MoveVisit voided = saved.visits().get(0);
    assertThat(voided.voided()).isTrue();
    assertThat(voided.voidReason()).isEqualTo("Recorded against the wrong person");
    assertThat(voided.voidedBy()).isEqualTo(admin.username());
    assertThat(voided.notes()).isEqualTo("Made a curry together");
    assertThatThrownBy(() -> moves.voidVisit(admin, sam, plan, tea, "Again")).isInstanceOf(Refused.class);
  }

  @Test
  void anotherAlliancesUserFindsNothing() {
    UUID plan = plan(stay(sam, house, moveDay.minusMonths(8)), flats);
    CurrentUser leeds = scene.create().admin;

    assertThatThrownBy(() -> moves.ofPerson(leeds, sam)).isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> moves.get(leeds, sam, plan)).isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> moves.complete(leeds, sam, plan, 0, moveDay, null)).isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> moves.plan(leeds, sam, new NewMovePlan(null, flats, null, Readiness.NOT_YET_READY,
        null, "placement panel"))).isInstanceOf(RecordNotFound.class);
    assertThat(moves.get(admin, sam, plan).status()).isEqualTo(MoveStatus.PLANNED);
  }

  @Test
  void aServiceOfAnotherAllianceOrATeamCannotReceiveAMove() {
    UUID leedsService = scene.create().ourService;
    UUID team = service("Rehabilitation team", ServiceKind.REHABILITATION_TEAM, null);

    assertThatThrownBy(() -> plan(null, leedsService))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.field()).isEqualTo("toServiceId"));
    assertThatThrownBy(() -> plan(null, team))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.field()).isEqualTo("toServiceId"));
  }

  private static String day(LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"));
  }
}
