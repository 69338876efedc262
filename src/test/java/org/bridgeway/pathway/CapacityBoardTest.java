package org.bridgeway.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.OrganisationDetails;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.Sector;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.Scene;
import org.bridgeway.careteam.TeamRole;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The board on 10 May 2026 looking 2 weeks ahead: the window for expected vacancies is 11 to 24 May.
 *
 * <pre>
 * Oak House (residential, 3 beds)
 *   Ade    from 1 Apr, open; a plan (not ready) out of it with target 20 May     occupied, expected (plan)
 *   Bola   from 1 Mar, ended ON 10 May                                             not occupied
 *   Chidi  from 10 May, planned end 24 May (last day of the window)                occupied, expected
 *          and a plan out with target 15 May: the same stay counts once
 *   Dayo   from 1 Feb, planned end 25 May (one day past the window); a plan with
 *          target 30 May (outside)                                                 occupied, not expected
 *   occupied 3, vacant 0, expected 2; Efe waits to move in, ready since 30 Apr:
 *   waiting 1, delayed 1, longest delay 10 May − 30 Apr = 10 days
 * Elm flats (staffed flats, 2 flats)
 *   Efe, Femi from 1 Jan, Gbenga from 1 Mar past capacity with a reason           occupied 3, over by 1
 *   Efe ready to move to Oak House since 30 Apr, target 17 May                     ready out 1, expected 1
 * Birch supported living (4 places)
 *   Hana from 1 Apr, with a plan out not yet ready                                 occupied 1, vacant 3
 *   Ife ready since 1 May, moving in from somewhere Bridgeway does not know        waiting 1, not delayed
 *   Jide ready since 11 May, after the day                                         not counted
 * Totals for the organisation's three services: capacity 9, occupied 7, vacant 0+0+3 = 3, over 1,
 *   expected 2+1+0 = 3, ready out 1, waiting 1+1 = 2, delayed 1, longest delay 10.
 * The whole alliance adds the scene's two recovery houses of 12 beds, empty: capacity 33, vacant 27.
 * Ready to move, longest waiting first: Efe (10 days, delayed), Ife (9 days, not delayed).
 * </pre>
 */
@BridgewayTest
class CapacityBoardTest {

  static final LocalDate MAY_10 = LocalDate.of(2026, 5, 10);

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Organisations organisations;
  @Autowired Stays stays;
  @Autowired CapacityBoard board;
  @Autowired MovePlanRows plans;
  @Autowired CareTeams careTeams;

  Scene.Alliance lambeth;
  CurrentUser admin;
  UUID trust;
  UUID oak;
  UUID elm;
  UUID birch;
  UUID efe;
  UUID ife;
  /** Whose each stay is. */
  final Map<UUID, UUID> people = new HashMap<>();

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    admin = lambeth.admin;
    trust = organisations.add(admin, new OrganisationDetails("Pathway Trust", Sector.NHS, null));
    oak = service(lambeth, trust, "Oak House", ServiceKind.RESIDENTIAL_CARE, 3, CapacityUnit.BEDS);
    elm = service(lambeth, trust, "Elm flats", ServiceKind.STAFFED_FLATS, 2, CapacityUnit.FLATS);
    birch = service(lambeth, trust, "Birch supported living", ServiceKind.SUPPORTED_LIVING, 4, CapacityUnit.PLACES);
    UUID alliance = lambeth.test.id();

    UUID ade = stay(oak, date(4, 1), null, null);
    plans.plan(alliance, person(ade), ade, birch, date(5, 20), null);
    UUID bola = stay(oak, date(3, 1), null, null);
    stays.end(admin, person(bola), bola, 0, new EndOfStay(MAY_10, EndReason.MOVED_ON, null));
    UUID chidi = stay(oak, MAY_10, date(5, 24), null);
    plans.plan(alliance, person(chidi), chidi, birch, date(5, 15), null);
    UUID dayo = stay(oak, date(2, 1), date(5, 25), null);
    plans.plan(alliance, person(dayo), dayo, birch, date(5, 30), null);

    UUID efeStay = stay(elm, date(1, 1), null, null);
    efe = person(efeStay);
    plans.plan(alliance, efe, efeStay, oak, date(5, 17), date(4, 30));
    stay(elm, date(1, 1), null, null);
    stay(elm, date(3, 1), null, "Emergency placement agreed by the panel");

    UUID hana = stay(birch, date(4, 1), null, null);
    plans.plan(alliance, person(hana), hana, elm, null, null);
    ife = lambeth.person();
    plans.plan(alliance, ife, null, birch, null, date(5, 1));
    plans.plan(alliance, lambeth.person(), null, birch, null, date(5, 11));

    // Another alliance with the same shape of pathway, whose stays and plans must never be counted here.
    Scene.Alliance leeds = scene.create();
    UUID theirs = service(leeds, leeds.ours, "Oak House", ServiceKind.RESIDENTIAL_CARE, 3, CapacityUnit.BEDS);
    UUID leedsPerson = leeds.person();
    stays.record(leeds.admin, leedsPerson, new NewStay(theirs, date(4, 1), date(5, 20), null));
    plans.plan(leeds.test.id(), leeds.person(), null, theirs, null, date(4, 1));
  }

  @Test
  void teamsAndDayServicesWithPlacesAreNotOnTheBoardButAHospitalWardIs() {
    service(lambeth, trust, "Recovery team", ServiceKind.COMMUNITY_TEAM, 40, CapacityUnit.PLACES);
    service(lambeth, trust, "Wellbeing drop-in", ServiceKind.DROP_IN, 25, CapacityUnit.PLACES);
    service(lambeth, trust, "Ward 3", ServiceKind.ACUTE_WARD, 18, CapacityUnit.BEDS);

    Board shown = board.board(admin, new BoardFilter(MAY_10, 2, null, null, null));

    assertThat(shown.services()).extracting(BoardRow::name)
        .contains("Ward 3", "Oak House").doesNotContain("Recovery team", "Wellbeing drop-in");
  }

  UUID stay(UUID service, LocalDate from, LocalDate plannedEnd, String override) {
    UUID person = lambeth.person();
    UUID id = stays.record(admin, person, new NewStay(service, from, plannedEnd, override));
    people.put(id, person);
    return id;
  }

  UUID person(UUID stay) {
    return people.get(stay);
  }

  UUID service(Scene.Alliance alliance, UUID organisation, String name, ServiceKind kind, int capacity,
      CapacityUnit unit) {
    return services.add(alliance.admin, new ServiceDetails(organisation, name, kind, false, capacity, unit, null,
        null, null, null, false, false, false, null, null, null, null));
  }

  static LocalDate date(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  BoardRow row(Board b, UUID service) {
    return b.services().stream().filter(r -> service.equals(r.serviceId())).findFirst().orElseThrow();
  }

  @Test
  void occupancyVacanciesExpectedVacanciesAndDelayedMovesOfEachService() {
    Board b = board.board(admin, new BoardFilter(MAY_10, 2, trust, null, null));

    assertThat(b.services()).extracting(BoardRow::name)
        .containsExactlyInAnyOrder("Oak House", "Elm flats", "Birch supported living");
    BoardRow oakRow = row(b, oak);
    assertThat(oakRow.occupied()).isEqualTo(3);
    assertThat(oakRow.vacantNow()).isZero();
    assertThat(oakRow.overCapacity()).isZero();
    assertThat(oakRow.expectedVacancies()).isEqualTo(2);
    assertThat(oakRow.waitingToMoveIn()).isEqualTo(1);
    assertThat(oakRow.delayedMoves()).isEqualTo(1);
    assertThat(oakRow.longestDelayDays()).isEqualTo(10);
    assertThat(oakRow.readyToMoveOut()).isZero();

    BoardRow elmRow = row(b, elm);
    assertThat(elmRow.occupied()).isEqualTo(3);
    assertThat(elmRow.vacantNow()).isZero();
    assertThat(elmRow.overCapacity()).isEqualTo(1);
    assertThat(elmRow.expectedVacancies()).isEqualTo(1);
    assertThat(elmRow.readyToMoveOut()).isEqualTo(1);
    assertThat(elmRow.unit()).isEqualTo("flats");

    BoardRow birchRow = row(b, birch);
    assertThat(birchRow.occupied()).isEqualTo(1);
    assertThat(birchRow.vacantNow()).isEqualTo(3);
    assertThat(birchRow.waitingToMoveIn()).isEqualTo(1);
    assertThat(birchRow.delayedMoves()).isZero();
    assertThat(birchRow.longestDelayDays()).isNull();
  }

  @Test
  void theTotalsAddUpServiceByServiceForTheFilterAndTheWholeAlliance() {
    BoardRow mine = board.board(admin, new BoardFilter(MAY_10, 2, trust, null, null)).total();
    assertThat(mine).extracting(BoardRow::capacity, BoardRow::occupied, BoardRow::vacantNow, BoardRow::overCapacity,
            BoardRow::expectedVacancies, BoardRow::readyToMoveOut, BoardRow::waitingToMoveIn, BoardRow::delayedMoves,
            BoardRow::longestDelayDays)
        .containsExactly(9L, 7L, 3L, 1L, 3L, 1L, 2L, 1L, 10L);

    Board whole = board.board(admin, new BoardFilter(MAY_10, 2, null, null, null));
    assertThat(whole.services()).hasSize(5);
    assertThat(whole.total()).extracting(BoardRow::name, BoardRow::capacity, BoardRow::occupied, BoardRow::vacantNow)
        .containsExactly("Whole alliance", 33L, 7L, 27L);

    BoardRow flats = board.board(admin, new BoardFilter(MAY_10, 2, null, null, ServiceKind.STAFFED_FLATS)).total();
    assertThat(flats).extracting(BoardRow::capacity, BoardRow::occupied, BoardRow::overCapacity)
        .containsExactly(2L, 3L, 1L);
  }

  @Test
  void aLongerLookAheadTakesInThePlannedEndAndTargetPastTheShortWindow() {
    // Three weeks: the window runs to 31 May, so Dayo's planned end (25 May) now counts, once, although
    // the plan out of the same stay (30 May) is also inside it: Oak House expects Ade, Chidi and Dayo = 3.
    Board b = board.board(admin, new BoardFilter(MAY_10, 3, trust, null, null));
    assertThat(row(b, oak).expectedVacancies()).isEqualTo(3);
  }

  @Test
  void peopleReadyToMoveAreListedLongestWaitingFirstAndNamedOnlyForThoseWhoMayOpenThem() {
    Board b = board.board(admin, new BoardFilter(MAY_10, 2, trust, null, null));
    assertThat(b.readyToMove()).extracting(ReadyToMove::personId, ReadyToMove::from, ReadyToMove::to,
            ReadyToMove::daysWaiting, ReadyToMove::delayed)
        .containsExactly(
            tuple(efe, "Elm flats", "Oak House", 10L, true),
            tuple(ife, null, "Birch supported living", 9L, false));
    assertThat(b.othersHidden()).isZero();
    assertThat(b.readyTotal()).isEqualTo(2);

    UUID staffId = lambeth.staff(lambeth.ours, "Dami");
    CurrentUser worker = lambeth.user(Role.PRACTITIONER, staffId);
    Board strangers = board.board(worker, new BoardFilter(MAY_10, 2, trust, null, null));
    assertThat(strangers.readyToMove()).isEmpty();
    assertThat(strangers.othersHidden()).isEqualTo(2);

    careTeams.add(admin, ife, new NewMember(staffId, TeamRole.SUPPORT_WORKER, false, scene.today().minusDays(1)));
    Board keyWorker = board.board(worker, new BoardFilter(MAY_10, 2, trust, null, null));
    assertThat(keyWorker.readyToMove()).extracting(ReadyToMove::name).containsExactly("Sam Okafor");
    assertThat(keyWorker.readyToMove()).extracting(ReadyToMove::personId).containsExactly(ife);
    assertThat(keyWorker.othersHidden()).isEqualTo(1);
  }

  @Test
  void aLookAheadOutsideOneToFiftyTwoWeeksIsRefused() {
    assertThatThrownBy(() -> board.board(admin, new BoardFilter(MAY_10, 53, null, null, null)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.field()).isEqualTo("weeks"));
    assertThatThrownBy(() -> board.board(admin, new BoardFilter(MAY_10, 0, null, null, null)))
        .isInstanceOf(Refused.class);
  }
}
