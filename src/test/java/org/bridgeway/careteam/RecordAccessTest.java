package org.bridgeway.careteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.people.People;
import org.bridgeway.referrals.ReferralStatus;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.RecordNotFound;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rule of issue 3, one row per case: "A worker may open a person's full record only while on their care
 * team, or while the person is on a service's list that the worker works in, or as a panel member for a
 * referral on the current agenda; everything else gets 403. Commissioners see none of it." Each row is tried
 * through {@link People#read}, the record and team pages over HTTP as a signed-in user sees them, and the JSON API.
 */
@BridgewayTest
class RecordAccessTest {

  enum Relationship {
    NONE, ON_TEAM, TEAM_ENDED_YESTERDAY, TEAM_ENDS_TODAY, TEAM_STARTS_TOMORROW, OUR_SERVICE_ALLOCATED,
    OUR_SERVICE_WAITING_LIST, OUR_SERVICE_ALLOCATION_ENDED, THEIR_SERVICE_ALLOCATED, COLLEAGUE_ON_TEAM,
    ON_PANEL_AGENDA, PANEL_DECIDED, OTHER_ALLIANCE
  }

  record Case(String rule, Role role, Relationship relationship, int expected) {
    @Override
    public String toString() {
      return rule + " (" + expected + ")";
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("a worker on the person's care team opens the record", Role.PRACTITIONER, Relationship.ON_TEAM, 200),
        new Case("a worker with no relationship is refused", Role.PRACTITIONER, Relationship.NONE, 403),
        new Case("a worker whose membership ended yesterday is refused", Role.PRACTITIONER,
            Relationship.TEAM_ENDED_YESTERDAY, 403),
        new Case("a worker who leaves the team today is refused from today", Role.PRACTITIONER,
            Relationship.TEAM_ENDS_TODAY, 403),
        new Case("a worker who joins the team tomorrow is refused today", Role.PRACTITIONER,
            Relationship.TEAM_STARTS_TOMORROW, 403),
        new Case("a worker at the organisation running the person's allocated service opens it", Role.PRACTITIONER,
            Relationship.OUR_SERVICE_ALLOCATED, 200),
        new Case("a worker at the organisation whose waiting list the person is on opens it", Role.PRACTITIONER,
            Relationship.OUR_SERVICE_WAITING_LIST, 200),
        new Case("a worker is refused once the allocation to their service has ended", Role.PRACTITIONER,
            Relationship.OUR_SERVICE_ALLOCATION_ENDED, 403),
        new Case("a worker is refused when the allocation is to another organisation's service", Role.PRACTITIONER,
            Relationship.THEIR_SERVICE_ALLOCATED, 403),
        new Case("a worker is refused when only a colleague is on the team", Role.PRACTITIONER,
            Relationship.COLLEAGUE_ON_TEAM, 403),
        new Case("a manager opens it when someone from their organisation is on the team", Role.MANAGER,
            Relationship.COLLEAGUE_ON_TEAM, 200),
        new Case("a manager opens it when the person is allocated to their organisation's service", Role.MANAGER,
            Relationship.OUR_SERVICE_ALLOCATED, 200),
        new Case("a manager with no relationship is refused", Role.MANAGER, Relationship.NONE, 403),
        new Case("a panel member opens it while the referral is on the agenda", Role.PANEL_MEMBER,
            Relationship.ON_PANEL_AGENDA, 200),
        new Case("a panel member is refused once the panel has decided", Role.PANEL_MEMBER,
            Relationship.PANEL_DECIDED, 403),
        new Case("a panel member on the care team opens it", Role.PANEL_MEMBER, Relationship.ON_TEAM, 200),
        new Case("a commissioner is refused even with the person on the agenda", Role.COMMISSIONER,
            Relationship.ON_PANEL_AGENDA, 403),
        new Case("the alliance administrator opens every record", Role.ADMIN, Relationship.NONE, 200),
        new Case("a worker of another alliance finds no such record", Role.PRACTITIONER,
            Relationship.OTHER_ALLIANCE, 404),
        new Case("an administrator of another alliance finds no such record", Role.ADMIN,
            Relationship.OTHER_ALLIANCE, 404));
  }

  @Autowired Scene scene;
  @Autowired CareTeams teams;
  @Autowired People people;
  @LocalServerPort int port;

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theRecordOpensOnlyThroughARelationship(Case row) throws Exception {
    Scene.Alliance lambeth = scene.create();
    UUID person = lambeth.person();
    UUID worker = lambeth.staff(lambeth.ours, "Kemi");
    relate(lambeth, row.relationship(), person, worker);
    Scene.Alliance signedInAlliance = row.relationship() == Relationship.OTHER_ALLIANCE ? scene.create() : lambeth;
    boolean staffRole = row.role() != Role.ADMIN && row.role() != Role.COMMISSIONER;
    UUID staff = row.relationship() == Relationship.OTHER_ALLIANCE ? null : (staffRole ? worker : null);
    CurrentUser user = signedInAlliance.user(row.role(), staff);

    switch (row.expected()) {
      case 200 -> assertThat(people.read(user, person).id()).isEqualTo(person);
      case 403 -> assertThatThrownBy(() -> people.read(user, person)).isInstanceOf(AccessDenied.class);
      default -> assertThatThrownBy(() -> people.read(user, person)).isInstanceOf(RecordNotFound.class);
    }
    SignedIn browser = SignedIn.as(port, user.username(), Scene.PASSWORD);
    var page = browser.get("/people/" + person);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(row.expected());
    assertThat(page.body()).contains(switch (row.expected()) {
      case 200 -> "Samuel Okafor";
      case 403 -> "You cannot see this page";
      default -> "Page not found";
    });
    assertThat(browser.get("/people/" + person + "/team").statusCode()).isEqualTo(row.expected());
    assertThat(browser.api("/api/people/" + person).statusCode()).isEqualTo(row.expected());
    assertThat(browser.api("/api/people/" + person + "/team").statusCode()).isEqualTo(row.expected());
  }

  private void relate(Scene.Alliance alliance, Relationship relationship, UUID person, UUID worker) {
    LocalDate today = scene.today();
    CurrentUser admin = alliance.admin;
    switch (relationship) {
      case ON_TEAM -> teams.add(admin, person, new NewMember(worker, TeamRole.NURSE, false, today.minusDays(5)));
      case TEAM_ENDED_YESTERDAY, TEAM_ENDS_TODAY -> {
        UUID member = teams.add(admin, person, new NewMember(worker, TeamRole.NURSE, true, today.minusDays(30)));
        teams.end(admin, person, member, 0, relationship == Relationship.TEAM_ENDS_TODAY ? today
            : today.minusDays(1), "Moved to another team");
      }
      case TEAM_STARTS_TOMORROW -> teams.add(admin, person, new NewMember(worker, TeamRole.NURSE, false,
          today.plusDays(1)));
      case OUR_SERVICE_ALLOCATED -> alliance.allocate(person, alliance.ourService, "ALLOCATED", null);
      case OUR_SERVICE_WAITING_LIST -> alliance.allocate(person, alliance.ourService, "WAITING_LIST", null);
      case OUR_SERVICE_ALLOCATION_ENDED -> alliance.allocate(person, alliance.ourService, "ALLOCATED",
          today.minusDays(1));
      case THEIR_SERVICE_ALLOCATED -> alliance.allocate(person, alliance.theirService, "ALLOCATED", null);
      case COLLEAGUE_ON_TEAM -> teams.add(admin, person, new NewMember(alliance.staff(alliance.ours, "Tunde"),
          TeamRole.KEY_WORKER, true, today.minusDays(5)));
      case ON_PANEL_AGENDA -> alliance.referral(person, ReferralStatus.AWAITING_PANEL);
      case PANEL_DECIDED -> alliance.referral(person, ReferralStatus.DECLINED);
      default -> { }
    }
  }
}
