package org.bridgeway.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.Ladders;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
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

@BridgewayTest
class StaysTest {

  static final LocalDate MAY_10 = LocalDate.of(2026, 5, 10);

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired AuditTrail audit;
  @Autowired Ladders ladders;

  Scene.Alliance lambeth;
  CurrentUser admin;
  UUID sam;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    admin = lambeth.admin;
    sam = lambeth.person();
  }

  UUID service(String name, ServiceKind kind, Integer capacity) {
    return services.add(admin, new ServiceDetails(lambeth.ours, name, kind, false, capacity, CapacityUnit.PLACES,
        null, null, null, null, false, false, false, null, null, null, null));
  }

  UUID stay(UUID person, UUID service, LocalDate from) {
    return stays.record(admin, person, new NewStay(service, from, null, null));
  }

  @Test
  void aStayCannotEndBeforeItStartsAndNothingIsSaved() {
    UUID house = service("Recovery house", ServiceKind.COMMUNITY_RECOVERY, 12);
    UUID stay = stay(sam, house, MAY_10);

    assertThatThrownBy(() -> stays.end(admin, sam, stay, 0, new EndOfStay(MAY_10.minusDays(1), EndReason.MOVED_ON, null)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage())
            .isEqualTo("The stay cannot end before it starts, on 10 May 2026"));
    assertThat(stays.get(admin, sam, stay).open()).isTrue();
  }

  @Test
  void twoResidentialStaysMayNotOverlap() {
    UUID oakHouse = service("Oak House", ServiceKind.RESIDENTIAL_CARE, 20);
    UUID elmLodge = service("Elm Lodge", ServiceKind.NURSING_CARE, 20);
    stay(sam, oakHouse, MAY_10.minusMonths(6));

    assertThatThrownBy(() -> stay(sam, elmLodge, MAY_10))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage())
            .startsWith("They are in Oak House (Residential care) from 10 November 2025. A person cannot be in"));
    assertThat(stays.ofPerson(admin, sam)).hasSize(1);
  }

  @Test
  void floatingSupportMayOverlapSupportedLiving() {
    UUID tenancy = service("Acre Lane flats", ServiceKind.SUPPORTED_LIVING, 10);
    UUID support = service("Floating support", ServiceKind.FLOATING_SUPPORT, 40);
    stay(sam, tenancy, MAY_10.minusMonths(3));

    stay(sam, support, MAY_10);

    assertThat(stays.ofPerson(admin, sam)).extracting(Stay::serviceName)
        .containsExactly("Acre Lane flats", "Floating support");
  }

  @Test
  void aMoveOnTenMayEndsOneStayAndStartsTheNextOnTheSameDayWithoutOverlap() {
    UUID house = service("Recovery house", ServiceKind.COMMUNITY_RECOVERY, 12);
    UUID flats = service("Staffed flats", ServiceKind.STAFFED_FLATS, 8);
    UUID first = stay(sam, house, MAY_10.minusMonths(8));

    stays.end(admin, sam, first, 0, new EndOfStay(MAY_10, EndReason.MOVED_ON, "Staffed flats"));
    UUID next = stay(sam, flats, MAY_10);

    Stay ended = stays.get(admin, sam, first);
    Stay started = stays.get(admin, sam, next);
    assertThat(ended.covers(MAY_10.minusDays(1))).isTrue();
    assertThat(ended.covers(MAY_10)).isFalse();
    assertThat(started.covers(MAY_10)).isTrue();
    assertThat(ended.endReason()).isEqualTo(EndReason.MOVED_ON);
    assertThat(ended.destination()).isEqualTo("Staffed flats");
  }

  @Test
  void aFullServiceIsRefusedWithoutAnOverrideReasonAndTakenWithOne() {
    UUID flats = service("Staffed flats", ServiceKind.STAFFED_FLATS, 1);
    UUID kemi = lambeth.person();
    UUID first = stay(kemi, flats, MAY_10.minusMonths(1));

    assertThatThrownBy(() -> stay(sam, flats, MAY_10))
        .isInstanceOfSatisfying(Refused.class, e -> {
          assertThat(e.field()).isEqualTo("capacityOverrideReason");
          assertThat(e.getMessage()).startsWith("Staffed flats is full (capacity 1 places)");
        });
    assertThat(stays.ofPerson(admin, sam)).isEmpty();

    stays.record(admin, sam, new NewStay(flats, MAY_10, null, "Emergency step-down agreed by the panel"));
    assertThat(stays.ofPerson(admin, sam)).singleElement()
        .satisfies(s -> assertThat(s.capacityOverrideReason()).isEqualTo("Emergency step-down agreed by the panel"));

    stays.end(admin, kemi, first, 0, new EndOfStay(MAY_10.plusDays(20), EndReason.MOVED_ON, null));
    UUID later = lambeth.person();
    assertThatThrownBy(() -> stay(later, flats, MAY_10.plusDays(5))).isInstanceOf(Refused.class);
    assertThatThrownBy(() -> stay(later, flats, MAY_10.plusDays(21))).isInstanceOf(Refused.class);
  }

  @Test
  void aPlaceFreedByAMoveOnIsFreeFromTheEndDate() {
    UUID flats = service("Staffed flats", ServiceKind.STAFFED_FLATS, 1);
    UUID first = stay(sam, flats, MAY_10.minusMonths(1));
    stays.end(admin, sam, first, 0, new EndOfStay(MAY_10, EndReason.MOVED_ON, null));

    UUID kemi = lambeth.person();
    stay(kemi, flats, MAY_10);

    assertThat(stays.ofPerson(admin, kemi)).hasSize(1);
  }

  @Test
  void endingAStaleVersionIsAConflictAndChangesNothing() {
    UUID house = service("Recovery house", ServiceKind.COMMUNITY_RECOVERY, 12);
    UUID stay = stay(sam, house, MAY_10);
    stays.end(admin, sam, stay, 0, new EndOfStay(MAY_10.plusMonths(6), EndReason.MOVED_ON, null));

    assertThatThrownBy(() -> stays.end(admin, sam, stay, 0, new EndOfStay(MAY_10.plusMonths(7),
        EndReason.STEPPED_UP, null))).isInstanceOf(EditConflict.class);
    assertThat(stays.get(admin, sam, stay).endReason()).isEqualTo(EndReason.MOVED_ON);
  }

  @Test
  void anotherAllianceGetsRecordNotFound() {
    UUID house = service("Recovery house", ServiceKind.COMMUNITY_RECOVERY, 12);
    UUID stay = stay(sam, house, MAY_10);
    CurrentUser leeds = scene.create().admin;

    assertThatThrownBy(() -> stays.ofPerson(leeds, sam)).isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> stays.get(leeds, sam, stay)).isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> stays.end(leeds, sam, stay, 0, new EndOfStay(MAY_10.plusDays(1), EndReason.OTHER, null)))
        .isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> stays.record(leeds, sam, new NewStay(house, MAY_10, null, null)))
        .isInstanceOf(RecordNotFound.class);
  }

  @Test
  void recordingAndEndingAStayAreAuditedAgainstThePersonWithTheOverrideReason() {
    UUID flats = service("Staffed flats", ServiceKind.STAFFED_FLATS, 0);
    UUID stay = stays.record(admin, sam, new NewStay(flats, MAY_10, null, "Spare room used for a crisis stay"));
    stays.end(admin, sam, stay, 0, new EndOfStay(MAY_10.plusDays(14), EndReason.RETURNED_HOME, "Own flat"));

    assertThat(audit.page(lambeth.test.id(), sam, 0, 10).items()).filteredOn(e -> e.subjectType().equals("Stay"))
        .extracting(AuditEntry::action, AuditEntry::detail)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "Staffed flats from 10 May 2026, past capacity "
                + "because: Spare room used for a crisis stay"),
            org.assertj.core.groups.Tuple.tuple(AuditAction.UPDATE, "Staffed flats ended on 24 May 2026: Returned "
                + "home, to Own flat"));
  }

  @Test
  void aTeamAlongsideResidentialCareIsAllowed() {
    UUID oakHouse = service("Oak House", ServiceKind.RESIDENTIAL_CARE, 20);
    UUID team = service("Rehabilitation team", ServiceKind.REHABILITATION_TEAM, null);
    stay(sam, oakHouse, MAY_10.minusMonths(6));

    stay(sam, team, MAY_10);

    assertThat(stays.ofPerson(admin, sam)).hasSize(2);
  }

  @Test
  void twoPeopleTakingTheLastPlaceAtOnceLeaveOneRefusedAndTheServiceNotOverfilled() throws Exception {
    UUID flats = service("Staffed flats", ServiceKind.STAFFED_FLATS, 1);
    UUID kemi = lambeth.person();
    java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (UUID person : java.util.List.of(sam, kemi)) {
        results.add(pool.submit(() -> {
          ready.await();
          try {
            stay(person, flats, MAY_10);
            return true;
          } catch (Refused e) {
            return false;
          }
        }));
      }
      ready.countDown();
      assertThat(java.util.List.of(results.get(0).get(), results.get(1).get())).containsExactlyInAnyOrder(true, false);
    } finally {
      pool.shutdown();
    }
    assertThat(stays.ofPerson(admin, sam).size() + stays.ofPerson(admin, kemi).size()).isEqualTo(1);
  }

  UUID ended(UUID person, UUID service, LocalDate from, LocalDate to) {
    return stays.record(admin, person, new NewStay(service, from, null, null, to, EndReason.MOVED_ON, "Next place"));
  }

  @Test
  void aStaysLevelComesFromTheAlliancesLadderAndFollowsAChange() {
    UUID flats = service("Staffed flats", ServiceKind.STAFFED_FLATS, 8);
    UUID team = service("Rehabilitation team", ServiceKind.REHABILITATION_TEAM, null);
    stay(sam, flats, MAY_10);
    stay(sam, team, MAY_10);
    assertThat(stays.ofPerson(admin, sam)).extracting(Stay::ladderLevel).containsExactly(5, null);

    Map<ServiceKind, Integer> levels = new EnumMap<>(Ladder.standard().levels());
    levels.put(ServiceKind.STAFFED_FLATS, 6);
    levels.put(ServiceKind.SUPPORTED_LIVING, 5);
    ladders.change(admin, levels, 0);

    assertThat(stays.ofPerson(admin, sam)).extracting(Stay::ladderLevel).containsExactly(6, null);
  }

  @Test
  void aFinishedPastStayAndThenALaterOneAreBothSaved() {
    UUID oakHouse = service("Oak House", ServiceKind.RESIDENTIAL_CARE, 20);
    UUID house = service("Recovery house", ServiceKind.COMMUNITY_RECOVERY, 12);
    UUID past = ended(sam, oakHouse, MAY_10.minusYears(2), MAY_10);

    UUID now = stay(sam, house, MAY_10);

    assertThat(stays.ofPerson(admin, sam)).extracting(Stay::id).containsExactly(past, now);
    Stay oak = stays.get(admin, sam, past);
    assertThat(oak.endDate()).isEqualTo(MAY_10);
    assertThat(oak.endReason()).isEqualTo(EndReason.MOVED_ON);
    assertThat(oak.destination()).isEqualTo("Next place");
    assertThat(oak.open()).isFalse();
  }

  @Test
  void aPastStayOverlappingAnExclusiveStayIsRefusedNamingItAndNothingIsSaved() {
    UUID oakHouse = service("Oak House", ServiceKind.RESIDENTIAL_CARE, 20);
    UUID house = service("Recovery house", ServiceKind.COMMUNITY_RECOVERY, 12);
    UUID first = stay(sam, house, MAY_10.minusYears(1));
    stays.end(admin, sam, first, 0, new EndOfStay(MAY_10, EndReason.MOVED_ON, null));

    // Recovery house covered 10 May 2025 to 9 May 2026; Oak House from 1 January 2026 to 31 January 2026 overlaps it.
    assertThatThrownBy(() -> ended(sam, oakHouse, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage()).isEqualTo(
            "They were in Recovery house (Community recovery service) from 10 May 2025 to 9 May 2026. A person "
                + "cannot be in residential care and community recovery service at once: check the dates of both "
                + "stays."));
    assertThat(stays.ofPerson(admin, sam)).extracting(Stay::id).containsExactly(first);
  }

  @Test
  void anEndedStayIsCheckedOnlyOverTheDaysItCovers() {
    UUID flats = service("Staffed flats", ServiceKind.STAFFED_FLATS, 1);
    UUID house = service("Recovery house", ServiceKind.COMMUNITY_RECOVERY, 12);
    stay(sam, house, MAY_10);
    UUID kemi = lambeth.person();
    stay(kemi, flats, MAY_10);

    // The one flat is Kemi's from 10 May; Sam's earlier stay covers 10 January to 9 May, so it fits, and it ends
    // on the day Sam's open stay in the recovery house starts.
    ended(sam, flats, LocalDate.of(2026, 1, 10), MAY_10);

    assertThat(stays.ofPerson(admin, sam)).hasSize(2);
  }

  @Test
  void anEndDateNeedsAReasonAndNoFutureDateAndNothingIsSaved() {
    UUID house = service("Recovery house", ServiceKind.COMMUNITY_RECOVERY, 12);
    LocalDate today = stays.today();

    assertThatThrownBy(() -> stays.record(admin, sam, new NewStay(house, MAY_10, null, null, MAY_10.plusDays(3),
        null, null))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .extracting(org.bridgeway.shared.FieldProblem::field).containsExactly("endReason"));
    assertThatThrownBy(() -> stays.record(admin, sam, new NewStay(house, MAY_10, null, null, null,
        EndReason.MOVED_ON, null))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .extracting(org.bridgeway.shared.FieldProblem::field).containsExactly("endDate"));
    assertThatThrownBy(() -> stays.record(admin, sam, new NewStay(house, MAY_10, null, null, MAY_10.minusDays(1),
        EndReason.MOVED_ON, null))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage())
            .isEqualTo("The stay cannot end before it starts, on 10 May 2026"));
    assertThatThrownBy(() -> stays.record(admin, sam, new NewStay(house, today.minusDays(3), null, null,
        today.plusDays(1), EndReason.MOVED_ON, null))).isInstanceOfSatisfying(Refused.class, e -> {
          assertThat(e.field()).isEqualTo("endDate");
          assertThat(e.getMessage()).isEqualTo("The end date is in the future: use a planned end date instead");
        });
    assertThat(stays.ofPerson(admin, sam)).isEmpty();
  }

  @Test
  void aStayRecordedAsEndedIsAuditedSo() {
    UUID house = service("Recovery house", ServiceKind.COMMUNITY_RECOVERY, 12);

    stays.record(admin, sam, new NewStay(house, MAY_10.minusMonths(9), null, null, MAY_10, EndReason.MOVED_ON,
        "Staffed flats"));

    assertThat(audit.page(lambeth.test.id(), sam, 0, 10).items()).filteredOn(e -> e.subjectType().equals("Stay"))
        .extracting(AuditEntry::detail)
        .containsExactly("Recovery house from 10 August 2025, recorded as ended on 10 May 2026: Moved on, to "
            + "Staffed flats");
  }
}
