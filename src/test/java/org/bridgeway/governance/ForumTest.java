package org.bridgeway.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditEntry;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.Scene;
import org.bridgeway.careteam.TeamRole;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class ForumTest {

  static final LocalDate JAN_10 = LocalDate.of(2024, 1, 10);

  @Autowired Scene scene;
  @Autowired Forum forum;
  @Autowired ForumActions actions;
  @Autowired AuditTrail audit;
  @Autowired CareTeams careTeams;

  Scene.Alliance lambeth;
  CurrentUser manager;
  UUID owner;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    owner = lambeth.staff(lambeth.ours, "Priya");
    manager = lambeth.user(Role.MANAGER, owner);
  }

  UUID meeting(LocalDate on) {
    return forum.record(manager, new MeetingDetails(on, "Brixton drop-in", "Marcia", null));
  }

  UUID issue(UUID meeting, String text) {
    return forum.raise(manager, meeting, new NewIssue(text, "A member"));
  }

  UUID action(UUID issue, LocalDate due) {
    return actions.add(manager, issue, new ActionDetails("Look into it", owner, due));
  }

  void close(UUID action, LocalDate on, String whatWeDid) {
    actions.close(manager, action, actions.get(manager, action).version(), new Closing(on, whatWeDid));
  }

  @Test
  void aClosedActionShowsOnThePublicPageWithWhatWeDidAndNoPersonsName() {
    UUID meeting = meeting(JAN_10);
    UUID sam = lambeth.person();
    careTeams.add(lambeth.admin, sam, new NewMember(owner, TeamRole.SUPPORT_WORKER, false, JAN_10));
    forum.addAttendee(manager, meeting, new NewAttendee(AttendeeKind.PERSON, sam, null, "Samuel"));
    forum.addAttendee(manager, meeting, new NewAttendee(AttendeeKind.STAFF, null, owner, null));
    UUID issue = forum.raise(manager, meeting, new NewIssue("The kitchen at the house is locked at night", "Samuel"));
    UUID action = action(issue, JAN_10.plusDays(30));
    close(action, JAN_10.plusDays(20), "Residents now hold a kitchen key after 10pm");

    ForumActions.PublicPage page = actions.youSaidWeDid(lambeth.test.shortName().toUpperCase(), 0);
    assertThat(page.actions().items()).containsExactly(new YouSaidWeDid("The kitchen at the house is locked at night",
        "Residents now hold a kitchen key after 10pm", JAN_10.plusDays(20)));
    assertThat(page.toString()).doesNotContain("Samuel");
    assertThat(forum.read(manager, meeting).attendees()).extracting(Attendee::name)
        .containsExactlyInAnyOrder("Samuel", "Priya Adeyemi");
  }

  @Test
  void aPersonLinkedToAMeetingFindsItInTheirOwnCopyButNotOnceTheirAttendanceIsVoided() {
    UUID sam = lambeth.person();
    careTeams.add(lambeth.admin, sam, new NewMember(owner, TeamRole.SUPPORT_WORKER, false, JAN_10));
    UUID first = meeting(JAN_10);
    UUID second = meeting(JAN_10.plusMonths(1));
    forum.addAttendee(manager, first, new NewAttendee(AttendeeKind.PERSON, sam, null, "S."));
    UUID mistaken = forum.addAttendee(manager, second, new NewAttendee(AttendeeKind.PERSON, sam, null, "S."));
    forum.voidAttendee(manager, second, mistaken, "Recorded at the wrong meeting");
    CurrentUser samHimself = new CurrentUser(UUID.randomUUID(), "sam", "Sam", Role.PERSON, lambeth.test.id(),
        "Lambeth", null, sam);

    assertThat(forum.mine(samHimself)).extracting(Meeting::id).containsExactly(first);
  }

  @Test
  void anUnknownAllianceHasNoPublicPage() {
    assertThatThrownBy(() -> actions.youSaidWeDid("nowhere-at-all", 0)).isInstanceOf(RecordNotFound.class);
  }

  @Test
  void anOpenActionPastItsDueDateIsOverdueAndAClosedOneIsNot() {
    UUID issue = issue(meeting(JAN_10), "Bus passes");
    UUID late = action(issue, JAN_10.plusDays(5));
    UUID done = action(issue, JAN_10.plusDays(5));
    close(done, JAN_10.plusDays(9), "Passes renewed");
    LocalDate today = forum.today();

    assertThat(actions.get(manager, late).overdueOn(today)).isTrue();
    assertThat(actions.get(manager, done).overdueOn(today)).isFalse();
    assertThat(actions.open(manager)).extracting(ForumAction::id).containsExactly(late);
  }

  @Test
  void anActionCannotBeClosedBeforeItsMeetingOrWithoutWhatWeDidAndNothingChanges() {
    UUID action = action(issue(meeting(JAN_10), "Bus passes"), JAN_10.plusDays(5));

    assertThatThrownBy(() -> close(action, JAN_10.minusDays(1), " "))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly("closedOn", "whatWeDid"));
    assertThatThrownBy(() -> close(action, forum.today().plusDays(1), "Done"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage())
            .contains("cannot be in the future"));
    ForumAction unchanged = actions.get(manager, action);
    assertThat(unchanged.closed()).isFalse();
    assertThat(unchanged.version()).isZero();
  }

  @Test
  void aChangeFromAStaleCopyIsRefused() {
    UUID meeting = meeting(JAN_10);
    forum.change(manager, meeting, 0, new MeetingDetails(JAN_10, "Stockwell hub", "Marcia", "Quiet month"));

    assertThatThrownBy(() -> forum.change(manager, meeting, 0,
        new MeetingDetails(JAN_10, "Clapham library", "Marcia", null))).isInstanceOf(EditConflict.class);
    assertThat(forum.meeting(manager, meeting).place()).isEqualTo("Stockwell hub");

    UUID action = action(issue(meeting, "Bus passes"), JAN_10.plusDays(5));
    actions.change(manager, action, 0, new ActionDetails("Ask the council", owner, JAN_10.plusDays(9)));
    assertThatThrownBy(() -> actions.close(manager, action, 0, new Closing(JAN_10.plusDays(3), "Asked")))
        .isInstanceOf(EditConflict.class);
  }

  @Test
  void aVoidedActionLeavesThePublicPageButStaysReadableWithItsReason() {
    UUID action = action(issue(meeting(JAN_10), "Bus passes"), JAN_10.plusDays(5));
    close(action, JAN_10.plusDays(3), "Passes renewed");
    actions.voidAction(manager, action, actions.get(manager, action).version(), "Recorded against the wrong issue");

    assertThat(actions.youSaidWeDid(lambeth.test.shortName(), 0).actions().items()).isEmpty();
    assertThat(actions.get(manager, action).voidReason()).isEqualTo("Recorded against the wrong issue");
    assertThatThrownBy(() -> actions.voidAction(manager, action, 9, " ")).isInstanceOf(Refused.class);
  }

  @Test
  void aPractitionerReadsTheForumButCannotChangeItAndACommissionerCannotReadIt() {
    UUID meeting = meeting(JAN_10);
    CurrentUser practitioner = lambeth.user(Role.PRACTITIONER, null);

    assertThat(forum.read(practitioner, meeting).meeting().place()).isEqualTo("Brixton drop-in");
    assertThatThrownBy(() -> forum.raise(practitioner, meeting, new NewIssue("Anything", null)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> forum.meetings(lambeth.user(Role.COMMISSIONER, null), 0))
        .isInstanceOf(AccessDenied.class);
  }

  @Test
  void aPersonIsLinkedOnlyByAWorkerWhoMayOpenTheirRecord() {
    UUID meeting = meeting(JAN_10);
    UUID sam = lambeth.person();
    UUID stranger = lambeth.staff(lambeth.theirs, "Kofi");
    CurrentUser otherManager = lambeth.user(Role.MANAGER, stranger);

    assertThatThrownBy(() -> forum.addAttendee(otherManager, meeting,
        new NewAttendee(AttendeeKind.PERSON, sam, null, "S."))).isInstanceOf(AccessDenied.class);
    forum.addAttendee(otherManager, meeting, new NewAttendee(AttendeeKind.PERSON, null, null, "Visitor J."));
    assertThat(forum.read(otherManager, meeting).attendees()).extracting(Attendee::name).containsExactly("Visitor J.");
  }

  @Test
  void changesAreAudited() {
    UUID meeting = meeting(JAN_10);
    UUID action = action(issue(meeting, "Bus passes"), JAN_10.plusDays(5));
    close(action, JAN_10.plusDays(3), "Passes renewed");

    assertThat(audit.page(lambeth.test.id(), null, 0, 50).items()).extracting(AuditEntry::subjectType,
            AuditEntry::action)
        .contains(org.assertj.core.groups.Tuple.tuple("ForumMeeting", AuditAction.CREATE),
            org.assertj.core.groups.Tuple.tuple("ForumIssue", AuditAction.CREATE),
            org.assertj.core.groups.Tuple.tuple("ForumAction", AuditAction.UPDATE));
  }

  /**
   * The meeting of 10 January 2024 raises six actions; the period is March 2024 (1 to 31 March):
   * A due 5 Mar, closed 20 Feb (early); B due 15 Mar, closed 28 Mar; C due 31 Mar, closed 2 Apr (late);
   * D due 20 Mar, still open; E due 10 Feb, closed 1 Mar; F due 12 Mar, closed 14 Mar, then voided.
   * Closed in March: B and E = 2 (A closed in February, C in April, F voided).
   * Due in March: A, B, C, D = 4 (E was due in February, F voided). Of those closed by 31 March: A and B = 2.
   * Share: 2 / 4 = 50.0%.
   * Over 1 February to 2 April: closed A, B, C, E = 4; due A, B, C, D, E = 5, closed by 2 April A, B, C, E = 4;
   * share 4 / 5 = 80.0%.
   */
  @Test
  void forumActionsClosedCountsClosingsInThePeriodAndTheShareOfActionsDueThatWereClosed() {
    UUID issue = issue(meeting(JAN_10), "Bus passes");
    close(action(issue, LocalDate.of(2024, 3, 5)), LocalDate.of(2024, 2, 20), "A");
    close(action(issue, LocalDate.of(2024, 3, 15)), LocalDate.of(2024, 3, 28), "B");
    close(action(issue, LocalDate.of(2024, 3, 31)), LocalDate.of(2024, 4, 2), "C");
    action(issue, LocalDate.of(2024, 3, 20));
    close(action(issue, LocalDate.of(2024, 2, 10)), LocalDate.of(2024, 3, 1), "E");
    UUID f = action(issue, LocalDate.of(2024, 3, 12));
    close(f, LocalDate.of(2024, 3, 14), "F");
    actions.voidAction(manager, f, actions.get(manager, f).version(), "Duplicate of B");

    ActionsClosed march = forum.actionsClosed(manager, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
    assertThat(march).isEqualTo(new ActionsClosed(march.from(), march.to(), 2, 4, 2));
    assertThat(march.shareText()).isEqualTo("50.0%");
    ActionsClosed longer = forum.actionsClosed(manager, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 4, 2));
    assertThat(longer).isEqualTo(new ActionsClosed(longer.from(), longer.to(), 4, 5, 4));
    assertThat(longer.shareText()).isEqualTo("80.0%");
  }

  @Test
  void theShareIsRoundedHalfUpToOneDecimalPlaceAndAbsentWhenNothingWasDue() {
    // 2 of 3 due were closed: 66.666...% rounds to 66.7%; nothing due gives no share.
    assertThat(new ActionsClosed(JAN_10, JAN_10, 0, 3, 2).shareText()).isEqualTo("66.7%");
    assertThat(new ActionsClosed(JAN_10, JAN_10, 1, 0, 0).sharePercent()).isNull();
  }
}
