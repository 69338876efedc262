package org.bridgeway.careteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditEntry;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.people.People;
import org.bridgeway.referrals.ReferralAllocated;
import org.bridgeway.referrals.TeamMemberChoice;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@BridgewayTest
class CareTeamsTest {

  @Autowired Scene scene;
  @Autowired CareTeams teams;
  @Autowired People people;
  @Autowired AuditTrail audit;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  Scene.Alliance lambeth;
  LocalDate today;
  UUID sam;
  UUID nurse;
  UUID peerWorker;
  CurrentUser admin;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    admin = lambeth.admin;
    today = scene.today();
    sam = lambeth.person();
    nurse = lambeth.staff(lambeth.theirs, "Ada");
    peerWorker = lambeth.staff(lambeth.ours, "Kemi");
  }

  NewMember keyWorker(UUID staff, LocalDate from) {
    return new NewMember(staff, TeamRole.NURSE, true, from);
  }

  @Test
  void aMemberWhoLeavesStaysOnRecordAsAPastMemberWithTheirReason() {
    UUID member = teams.add(admin, sam, new NewMember(peerWorker, TeamRole.PEER_WORKER, false, today.minusDays(30)));

    teams.end(admin, sam, member, 0, today, "Sam asked for a different peer worker");

    CareTeam team = teams.team(admin, sam);
    assertThat(team.current()).isEmpty();
    assertThat(team.past()).singleElement().satisfies(m -> {
      assertThat(m.staffName()).isEqualTo("Kemi Adeyemi");
      assertThat(m.organisationName()).isEqualTo("Thames Reach");
      assertThat(m.endReason()).isEqualTo("Sam asked for a different peer worker");
    });
  }

  @Test
  void aSecondKeyWorkerIsRefusedWhileTheFirstIsOnTheTeam() {
    teams.add(admin, sam, keyWorker(nurse, today.minusDays(30)));

    assertThatThrownBy(() -> teams.add(admin, sam, new NewMember(peerWorker, TeamRole.KEY_WORKER, false, today)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage())
            .isEqualTo("Ada Adeyemi is the key worker. End their membership first, or change the key worker."));
    assertThat(teams.team(admin, sam).current()).hasSize(1);
  }

  @Test
  void changingTheKeyWorkerEndsTheOldMembershipAndStartsTheNewOneOnTheSameDay() {
    teams.add(admin, sam, keyWorker(nurse, today.minusDays(30)));

    teams.changeKeyWorker(admin, sam, new NewMember(peerWorker, TeamRole.PEER_WORKER, false, today), 0,
        "Ada is moving to the ward");

    CareTeam team = teams.team(admin, sam);
    assertThat(team.keyWorker()).hasValueSatisfying(k -> assertThat(k.staffId()).isEqualTo(peerWorker));
    assertThat(team.past()).singleElement().satisfies(m -> {
      assertThat(m.endDate()).isEqualTo(today);
      assertThat(m.endReason()).isEqualTo("Ada is moving to the ward");
    });
  }

  @Test
  void aKeyWorkerChangeWithoutAReasonChangesNothing() {
    teams.add(admin, sam, keyWorker(nurse, today.minusDays(30)));

    assertThatThrownBy(() -> teams.changeKeyWorker(admin, sam, keyWorker(peerWorker, today), 0, " "))
        .isInstanceOf(InvalidInput.class);
    assertThat(teams.team(admin, sam).keyWorker()).hasValueSatisfying(k -> assertThat(k.staffId()).isEqualTo(nurse));
    assertThat(teams.team(admin, sam).current()).hasSize(1);
  }

  @Test
  void aMembershipCannotEndBeforeItStarted() {
    UUID member = teams.add(admin, sam, keyWorker(nurse, today.minusDays(3)));

    assertThatThrownBy(() -> teams.end(admin, sam, member, 0, today.minusDays(4), "Entered in error"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.field()).isEqualTo("endDate")));
    assertThat(teams.team(admin, sam).past()).isEmpty();
  }

  @Test
  void aStaleVersionIsAConflictAndTheMembershipIsUnchanged() {
    UUID member = teams.add(admin, sam, keyWorker(nurse, today.minusDays(3)));

    assertThatThrownBy(() -> teams.end(admin, sam, member, 7, today, "Moved on"))
        .isInstanceOf(EditConflict.class);
    assertThat(teams.team(admin, sam).current()).hasSize(1);
  }

  @Test
  void someoneOnTheTeamCannotJoinItTwiceAndUnknownStaffAreRefused() {
    teams.add(admin, sam, new NewMember(nurse, TeamRole.NURSE, false, today));

    assertThatThrownBy(() -> teams.add(admin, sam, new NewMember(nurse, TeamRole.OTHER, false, today)))
        .isInstanceOf(Refused.class).hasMessage("Ada Adeyemi is already on the team");
    assertThatThrownBy(() -> teams.add(admin, sam, new NewMember(UUID.randomUUID(), TeamRole.OTHER, false, today)))
        .isInstanceOf(Refused.class).hasMessage("Select a member of staff from the list");
  }

  @Test
  void theCaseloadIsThePeopleWhoseTeamTheWorkerIsOnToday() {
    UUID alex = lambeth.person();
    UUID jo = lambeth.person();
    teams.add(admin, sam, keyWorker(nurse, today.minusDays(10)));
    teams.add(admin, alex, new NewMember(nurse, TeamRole.NURSE, false, today.plusDays(2)));
    UUID ended = teams.add(admin, jo, new NewMember(nurse, TeamRole.NURSE, false, today.minusDays(10)));
    teams.end(admin, jo, ended, 0, today, "Moved away");

    var caseload = teams.caseload(lambeth.user(Role.PRACTITIONER, nurse), 0, 20);

    assertThat(caseload.items()).extracting(CaseloadEntry::personId).containsExactly(sam);
    assertThat(caseload.items().get(0).keyWorker()).isTrue();
  }

  @Test
  void aRefusedOpeningIsAuditedAndTheTeamIsNotShown() {
    CurrentUser stranger = lambeth.user(Role.PRACTITIONER, peerWorker);

    assertThatThrownBy(() -> teams.team(stranger, sam)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> people.read(stranger, sam)).isInstanceOf(AccessDenied.class);

    List<AuditEntry> trail = audit.page(lambeth.test.id(), sam, 0, 10).items();
    assertThat(trail).filteredOn(e -> e.actor().equals(stranger.username())).extracting(AuditEntry::action)
        .containsExactly(AuditAction.DENIED, AuditAction.DENIED);
    assertThat(audit.intact(lambeth.test.id())).isTrue();
  }

  @Test
  void thePanelsAllocationMakesTheTeamAndHearingItTwiceChangesNothing() {
    UUID oldKeyWorker = lambeth.staff(lambeth.ours, "Tunde");
    teams.add(admin, sam, keyWorker(oldKeyWorker, today.minusDays(60)));
    ReferralAllocated allocated = new ReferralAllocated(lambeth.test.id(), UUID.randomUUID(), sam,
        lambeth.ourService, nurse, List.of(new TeamMemberChoice(peerWorker, "PEER_WORKER"),
            new TeamMemberChoice(nurse, "NURSE")), today, "panel-chair");

    transaction.executeWithoutResult(status -> events.publishEvent(allocated));
    transaction.executeWithoutResult(status -> events.publishEvent(allocated));

    CareTeam team = teams.team(admin, sam);
    assertThat(team.keyWorker()).hasValueSatisfying(k -> {
      assertThat(k.staffId()).isEqualTo(nurse);
      assertThat(k.addedBy()).isEqualTo("panel-chair");
    });
    assertThat(team.current()).extracting(TeamMember::staffId).containsExactlyInAnyOrder(nurse, peerWorker);
    assertThat(team.past()).singleElement().satisfies(m -> assertThat(m.staffId()).isEqualTo(oldKeyWorker));
  }
}
