package org.bridgeway.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.dayservices.DayServices;
import org.bridgeway.dayservices.NewSession;
import org.bridgeway.dayservices.Repeat;
import org.bridgeway.dayservices.SessionKind;
import org.bridgeway.governance.ActionDetails;
import org.bridgeway.governance.Closing;
import org.bridgeway.governance.Forum;
import org.bridgeway.governance.ForumActions;
import org.bridgeway.governance.MeetingDetails;
import org.bridgeway.governance.NewIssue;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.NewNote;
import org.bridgeway.notes.Notes;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.work.EmploymentStatus;
import org.bridgeway.work.NewVocationalStatus;
import org.bridgeway.work.PersonWork;
import org.bridgeway.workforce.NewPanelMember;
import org.bridgeway.workforce.NewPost;
import org.bridgeway.workforce.Recruitment;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures of taking part, each worked by hand, for July to September 2026 (the last day 30 September 2026;
 * the 12 months ending on it run from 1 October 2025), against July to September 2025. Each figure's records
 * number exactly what it counts.
 */
@BridgewayTest
class ParticipationFiguresTest {

  static final Period PERIOD = Period.quarter(2026, 3);

  @Autowired Scene scene;
  @Autowired Stays stays;
  @Autowired PersonWork work;
  @Autowired Notes notes;
  @Autowired Services services;
  @Autowired DayServices dayServices;
  @Autowired Recruitment recruitment;
  @Autowired Forum forum;
  @Autowired ForumActions actions;
  @Autowired JdbcClient jdbc;
  @Autowired AllianceFigures figures;
  @Autowired FigureRecords records;

  Scene.Alliance a;
  CurrentUser admin;

  @BeforeEach
  void setUp() {
    a = scene.create();
    admin = a.admin;
  }

  @Test
  void inWorkCountsTheCaseloadWhoseLatestStatusOnTheLastDayIsWorkVolunteeringEducationOrTraining() {
    // Ann employed from Jan: yes. Ben employed from Jan, then seeking work from 1 Sep: no. Cal seeking work but
    // volunteering beside it: yes. Dee a student only from 1 Oct, after the last day: no. Eve employed but not on
    // the caseload: no. Fay employed, voided as entered in error: no. = 2 (Ann, Cal). Baseline 30 Sep 2025: no
    // status dated by then = 0.
    UUID ann = onCaseload();
    status(ann, "2026-01-01", EmploymentStatus.EMPLOYED, false);
    UUID ben = onCaseload();
    status(ben, "2026-01-01", EmploymentStatus.EMPLOYED, false);
    status(ben, "2026-09-01", EmploymentStatus.SEEKING_WORK, false);
    UUID cal = onCaseload();
    status(cal, "2026-01-01", EmploymentStatus.SEEKING_WORK, true);
    status(onCaseload(), "2026-10-01", EmploymentStatus.STUDENT, false);
    status(a.person(), "2026-01-01", EmploymentStatus.EMPLOYED, false);
    UUID fay = onCaseload();
    work.voidStatus(admin, fay, status(fay, "2026-01-01", EmploymentStatus.EMPLOYED, false), 0, "Another person's");

    Figure f = figure(FigureId.IN_WORK);
    assertThat(f.value()).isEqualByComparingTo("2");
    assertThat(f.baselineValue()).isEqualByComparingTo("0");
    assertThat(people(FigureId.IN_WORK)).containsExactlyInAnyOrder(ann, cal);
  }

  @Test
  void communityAccessCountsPeopleWithTwoContactsThatTookPlaceInTheTwelveMonths() {
    // Ann: two face-to-face contacts, yes. Ben: a phone call and a session attended, yes. Cal: one face to face
    // and one "did not attend", no. Dee: one contact on 30 Sep 2025, the day before the 12 months, and one inside,
    // no. Eve: two plain notes, no. = 2. Nobody needs to be on the caseload.
    UUID ann = a.person();
    note(ann, ContactKind.FACE_TO_FACE, "2026-03-01");
    note(ann, ContactKind.FACE_TO_FACE, "2026-09-30");
    UUID ben = a.person();
    note(ben, ContactKind.PHONE, "2025-10-01");
    attended(ben, LocalDate.parse("2026-08-04"));
    UUID cal = a.person();
    note(cal, ContactKind.FACE_TO_FACE, "2026-05-01");
    note(cal, ContactKind.DID_NOT_ATTEND, "2026-05-08");
    UUID dee = a.person();
    note(dee, ContactKind.VIDEO, "2025-09-30");
    note(dee, ContactKind.VIDEO, "2026-06-30");
    UUID eve = a.person();
    note(eve, ContactKind.NOTE, "2026-06-01");
    note(eve, ContactKind.NOTE, "2026-06-02");

    assertThat(figure(FigureId.COMMUNITY_ACCESS).value()).isEqualByComparingTo("2");
    assertThat(people(FigureId.COMMUNITY_ACCESS)).containsExactlyInAnyOrder(ann, ben);
    assertThat(figure(FigureId.COMMUNITY_ACCESS, new Filters(a.ours, null, null, null)).available()).isFalse();
  }

  @Test
  void plansAgreedCountPeopleWithAVersionAgreedOnADayOfThePeriodInUkTime() {
    // Ann: agreed 15 Aug and again 20 Sep: one person. Ben: 30 Jun 23:30 UTC is 1 Jul 00:30 in London: yes.
    // Cal: 30 Sep 23:30 UTC is 1 Oct in London: no. = 2.
    UUID ann = a.person();
    agreed(ann, 1, "2026-08-15T12:00:00Z");
    agreed(ann, 2, "2026-09-20T12:00:00Z");
    UUID ben = a.person();
    agreed(ben, 1, "2026-06-30T23:30:00Z");
    agreed(a.person(), 1, "2026-09-30T23:30:00Z");

    assertThat(figure(FigureId.PLANS_AGREED).value()).isEqualByComparingTo("2");
    assertThat(people(FigureId.PLANS_AGREED)).containsExactlyInAnyOrder(ann, ben);
  }

  @Test
  void recruitmentPanelsCountThoseWithAMemberWhoUsesServices() {
    // Ours: 10 Aug with a person who uses services, yes; 12 Aug with staff only, no; 1 Oct, after the period, no.
    // Theirs: 5 Sep with a person who uses services, yes. Whole alliance 2; narrowed to ours 1; to a service, not
    // available.
    UUID ours = recruitment.addPost(admin, new NewPost("Recovery worker", a.ours, null, null));
    UUID theirs = recruitment.addPost(admin, new NewPost("Peer worker", a.theirs, null, null));
    panel(ours, "2026-08-10", true);
    panel(ours, "2026-08-12", false);
    panel(ours, "2026-10-01", true);
    panel(theirs, "2026-09-05", true);

    assertThat(figure(FigureId.RECRUITMENT_PANELS).value()).isEqualByComparingTo("2");
    Filters ourOrganisation = new Filters(a.ours, null, null, null);
    assertThat(figure(FigureId.RECRUITMENT_PANELS, ourOrganisation).value()).isEqualByComparingTo("1");
    assertThat(records.read(admin, FigureId.RECRUITMENT_PANELS, PERIOD, Filters.none(), 0).records().items())
        .extracting(FigureRecord::name).containsExactly("Peer worker", "Recovery worker");
    assertThat(figure(FigureId.RECRUITMENT_PANELS, new Filters(null, a.ourService, null, null)).available())
        .isFalse();
  }

  @Test
  void forumActionsClosedAreThoseWhoseClosingDateLiesInThePeriod() {
    // From a meeting on 1 Jun 2026: closed 15 Jul, yes; closed 1 Oct, no; still open, no. = 1.
    UUID meeting = forum.record(admin, new MeetingDetails(LocalDate.parse("2026-06-01"), "Town hall", "Jo", null));
    UUID issue = forum.raise(admin, meeting, new NewIssue("The drop-in closes too early", "Members"));
    UUID owner = a.staff(a.ours, "Ada");
    close(actions.add(admin, issue, new ActionDetails("Open later on Fridays", owner,
        LocalDate.parse("2026-08-01"))), "2026-07-15");
    close(actions.add(admin, issue, new ActionDetails("Ask the members", owner, LocalDate.parse("2026-08-01"))),
        "2026-10-01");
    actions.add(admin, issue, new ActionDetails("Find a volunteer", owner, LocalDate.parse("2026-12-01")));

    assertThat(figure(FigureId.FORUM_ACTIONS_CLOSED).value()).isEqualByComparingTo("1");
    assertThat(records.read(admin, FigureId.FORUM_ACTIONS_CLOSED, PERIOD, Filters.none(), 0).records().items())
        .extracting(FigureRecord::name).containsExactly("Open later on Fridays");
  }

  @Test
  void theStaffAndThePeopleBehindTheModulesFiguresNumberWhatTheyCount() {
    // Two staff of ours and one of theirs with contracts covering the last day; three people on the caseload.
    a.staff(a.ours, "Ada");
    a.staff(a.ours, "Bo");
    a.staff(a.theirs, "Cy");
    onCaseload();
    onCaseload();
    onCaseload();
    List<Figure> all = figures.compute(admin, PERIOD, PERIOD.yearEarlier(), Filters.none());
    for (FigureId id : List.of(FigureId.WORKFORCE_HEADCOUNT, FigureId.CONNECTIONS_PER_PERSON)) {
      assertThat(records.read(admin, id, PERIOD, Filters.none(), 0).records().total())
          .isEqualTo(id == FigureId.WORKFORCE_HEADCOUNT ? 3 : 3);
    }
    assertThat(PathwayFiguresTest.find(all, FigureId.WORKFORCE_HEADCOUNT).value()).isEqualByComparingTo("3");
    assertThat(records.read(admin, FigureId.WORKFORCE_HEADCOUNT, PERIOD, new Filters(a.ours, null, null, null), 0)
        .records().total()).isEqualTo(2);
    assertThat(records.read(admin, FigureId.COST_OF_CARE, PERIOD, Filters.none(), 0).unavailable()).isNotNull();
  }

  UUID onCaseload() {
    UUID person = a.person();
    stays.record(admin, person, new NewStay(a.ourService, LocalDate.parse("2025-01-01"), null, null, null, null,
        null));
    return person;
  }

  UUID status(UUID person, String from, EmploymentStatus status, boolean volunteering) {
    return work.recordStatus(admin, person, new NewVocationalStatus(LocalDate.parse(from), status, volunteering,
        false, false, null, null));
  }

  void note(UUID person, ContactKind kind, String on) {
    notes.record(admin, person, new NewNote(kind, LocalDate.parse(on), kind.hasDuration() ? 30 : null,
        "We talked", true, null, false));
  }

  void attended(UUID person, LocalDate on) {
    UUID service = services.add(admin, new ServiceDetails(a.ours, "Drop-in", ServiceKind.DROP_IN, false, null,
        null, null, null, null, null, false, false, false, null, null, null, null));
    UUID session = dayServices.addSession(admin, service, new NewSession(null, SessionKind.DROP_IN, "Drop-in",
        "Main hall", "Peer workers", 30, true, on.minusDays(7), LocalTime.of(18, 0), LocalTime.of(21, 0),
        Repeat.WEEKLY, EnumSet.allOf(DayOfWeek.class), on.plusDays(7)));
    jdbc.sql("insert into day_attendance (alliance_id, session_id, occurs_on, person_id, present, recorded_by)"
        + " values (?, ?, ?, ?, true, 'import')").params(a.test.id(), session, on, person).update();
  }

  void agreed(UUID person, int number, String at) {
    jdbc.sql("""
        insert into support_plan_version (alliance_id, person_id, number, content, review_on, drafted_by,
          drafted_name, worker_agreed_by, worker_agreed_name, worker_agreed_at, person_agreed_by, person_agreed_name,
          person_agreed_at, agreed_at)
        values (?, ?, ?, cast('{}' as jsonb), date '2027-01-01', 'w', 'Worker', 'w', 'Worker', cast(? as timestamptz),
          'p', 'Sam', cast(? as timestamptz), cast(? as timestamptz))""")
        .params(a.test.id(), person, number, at, at, at).update();
  }

  void panel(UUID post, String on, boolean withServiceUser) {
    UUID panel = recruitment.addPanel(admin, post, LocalDate.parse(on), false);
    recruitment.addMember(admin, panel, new NewPanelMember(null, null, "Jo Staff", false, true));
    if (withServiceUser) {
      recruitment.addMember(admin, panel, new NewPanelMember(null, null, "Sam Expert", true, false));
    }
  }

  void close(UUID action, String on) {
    actions.close(admin, action, 0, new Closing(LocalDate.parse(on), "We did it"));
  }

  Figure figure(FigureId id) {
    return figure(id, Filters.none());
  }

  Figure figure(FigureId id, Filters filters) {
    return PathwayFiguresTest.find(figures.compute(admin, PERIOD, PERIOD.yearEarlier(), filters), id);
  }

  List<@Nullable UUID> people(FigureId id) {
    FigureRecords.Page page = records.read(admin, id, PERIOD, Filters.none(), 0);
    assertThat(page.records().total()).isEqualTo(page.records().items().size());
    return page.records().items().stream().map(FigureRecord::personId).toList();
  }
}
