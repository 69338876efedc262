package org.bridgeway.plans;

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
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.bridgeway.plans.PlanComparison.Change;
import org.bridgeway.plans.PlanComparison.FieldChange;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BridgewayTest
class PlansTest {

  @Autowired NotesWorld worlds;
  @Autowired Plans plans;
  @Autowired MyPlans myPlans;
  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;

  World w;
  LocalDate today;

  @BeforeEach
  void setUp() {
    w = worlds.create();
    today = plans.today();
  }

  @Test
  void agreementByTheWorkerAndThePersonMakesVersionOneWithWhoAgreedAndWhen() {
    int version = plans.saveDraft(w.ourWorker(), w.sam(), 0, PlanSamples.first(today));

    assertThat(plans.agree(w.ourWorker(), w.sam(), version)).isNull();
    assertThat(plans.plan(w.ourWorker(), w.sam()).agreed()).isNull();
    assertThat(myPlans.agree(w.samHimself(), version)).isEqualTo(1);

    SupportPlan plan = plans.plan(w.ourWorker(), w.sam());
    assertThat(plan.draft()).isNull();
    assertThat(plan.agreed().number()).isEqualTo(1);
    assertThat(plan.agreed().content().whatMatters()).isEqualTo("My son Danny and getting my own flat.");
    assertThat(plan.agreed().workerAgreement().name()).isEqualTo("Ade Adeyemi");
    assertThat(plan.agreed().workerAgreement().by()).isEqualTo(w.ourWorker().username());
    assertThat(plan.agreed().personAgreement().by()).isEqualTo(w.samUsername());
    assertThat(plan.agreed().personAgreement().name()).isEqualTo("Sam Okafor");
    assertThat(plan.versions()).extracting(VersionSummary::number).containsExactly(1);
  }

  @Test
  void aNewDraftStartsFromTheLatestAgreedVersionAndKeepsItsGoalIds() {
    agreedVersion(PlanSamples.first(today));
    SupportPlan plan = myPlans.mine(w.samHimself());
    UUID goal = plan.agreed().content().goals().get(0).id();
    assertThat(plan.editable()).isEqualTo(plan.agreed().content());
    assertThat(plan.draftVersion()).isZero();

    myPlans.saveDraft(w.samHimself(), 0, PlanSamples.withWhatMatters(plan.editable(), "Danny, the flat, and art."));

    PlanDraft draft = myPlans.draft(w.samHimself());
    assertThat(draft.startedFrom()).isEqualTo(1);
    assertThat(draft.content().goals().get(0).id()).isEqualTo(goal);
  }

  @Test
  void anEditAfterAnAgreementClearsTheAgreementsToTheNewText() {
    int version = plans.saveDraft(w.ourWorker(), w.sam(), 0, PlanSamples.first(today));
    plans.agree(w.ourWorker(), w.sam(), version);
    assertThat(plans.draft(w.ourWorker(), w.sam()).agreedByWorker()).isTrue();

    int changed = myPlans.saveDraft(w.samHimself(), version,
        PlanSamples.withWhatMatters(PlanSamples.first(today), "Danny, the flat, and my art."));

    PlanDraft draft = plans.draft(w.ourWorker(), w.sam());
    assertThat(changed).isEqualTo(version + 1);
    assertThat(draft.version()).isEqualTo(changed);
    assertThat(draft.agreedByWorker()).isFalse();
    assertThat(draft.agreedByPerson()).isFalse();
    assertThat(myPlans.agree(w.samHimself(), changed)).as("the worker's agreement was to the old text").isNull();
  }

  @Test
  void aStaleDraftIsRefusedAsAConflictAndNothingChanges() {
    int version = plans.saveDraft(w.ourWorker(), w.sam(), 0, PlanSamples.first(today));
    plans.saveDraft(w.colleague(), w.sam(), version,
        PlanSamples.withWhatMatters(PlanSamples.first(today), "Bola's words"));

    assertThatThrownBy(() -> myPlans.saveDraft(w.samHimself(), version,
        PlanSamples.withWhatMatters(PlanSamples.first(today), "Sam's words"))).isInstanceOf(EditConflict.class);
    assertThatThrownBy(() -> plans.saveDraft(w.ourWorker(), w.sam(), 0, PlanSamples.first(today)))
        .as("a second first draft").isInstanceOf(EditConflict.class);
    assertThatThrownBy(() -> plans.agree(w.ourWorker(), w.sam(), version)).isInstanceOf(EditConflict.class);

    PlanDraft draft = plans.draft(w.ourWorker(), w.sam());
    assertThat(draft.content().whatMatters()).isEqualTo("Bola's words");
    assertThat(draft.version()).isEqualTo(version + 1);
    assertThat(draft.agreedByWorker()).isFalse();
  }

  @Test
  void badInputIsRefusedBesideItsFieldAndSavesNothing() {
    PlanContent plan = new PlanContent(" ", null, List.of(new PlanGoal(null, null, "", null, null, null)), null,
        List.of(), null, null, today.minusDays(1));

    assertThatThrownBy(() -> plans.saveDraft(w.ourWorker(), w.sam(), 0, plan))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
            .containsExactly("whatMatters", "goal-0-domain", "goal-0-goal", "reviewOn"));
    assertThat(plans.plan(w.ourWorker(), w.sam()).draft()).isNull();
  }

  @Test
  void thePersonCannotAgreeForTheWorkerNorForSomeoneElse() {
    UUID kim = w.alliance().person();
    int samsDraft = plans.saveDraft(w.ourWorker(), w.sam(), 0, PlanSamples.first(today));
    CurrentUser admin = w.alliance().admin;
    int kimsDraft = plans.saveDraft(admin, kim, 0, PlanSamples.first(today));

    assertThatThrownBy(() -> plans.agree(w.samHimself(), w.sam(), samsDraft)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> plans.agree(w.samHimself(), kim, kimsDraft)).isInstanceOf(AccessDenied.class);
    myPlans.agree(w.samHimself(), samsDraft);

    assertThat(plans.draft(admin, w.sam()).agreedByWorker()).isFalse();
    assertThat(plans.draft(admin, w.sam()).agreedByPerson()).isTrue();
    assertThat(plans.draft(admin, kim).agreedByPerson()).isFalse();
    assertThat(plans.draft(admin, kim).agreedByWorker()).isFalse();
  }

  @Test
  void comparingTwoVersionsMarksEachFieldAddedRemovedChangedOrTheSame() {
    PlanContent first = PlanSamples.first(today);
    agreedVersion(first);
    PlanContent agreed = plans.plan(w.ourWorker(), w.sam()).agreed().content();
    PlanGoal flat = agreed.goals().get(0);
    PlanContent second = new PlanContent("Danny, the flat, and art.", null,
        List.of(new PlanGoal(flat.id(), flat.domain(), "Move into my own flat by summer", flat.steps(),
            flat.whoHelps(), flat.targetDate()),
            new PlanGoal(null, LifeDomain.COMMUNITY, "Join the Thursday art group", null, null, null)),
        agreed.howSupported(), agreed.risks(), agreed.warningSigns(), agreed.crisisHelp(), agreed.reviewOn());
    plans.saveDraft(w.ourWorker(), w.sam(), 0, second);

    PlanComparison comparison = plans.compare(w.ourWorker(), w.sam(), "1", "draft");

    assertThat(comparison.fromLabel()).isEqualTo("Version 1");
    assertThat(comparison.toLabel()).isEqualTo("Draft");
    assertThat(comparison.changes()).extracting(FieldChange::section, FieldChange::label, FieldChange::change)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("About me", "What matters to me", Change.CHANGED),
            org.assertj.core.groups.Tuple.tuple("About me", "My strengths", Change.REMOVED),
            org.assertj.core.groups.Tuple.tuple("Goal 1", "Goal", Change.CHANGED),
            org.assertj.core.groups.Tuple.tuple("Goal 2", "Goal", Change.ADDED),
            org.assertj.core.groups.Tuple.tuple("Goal 2", "Part of life", Change.ADDED));
    FieldChange goal = comparison.changes().get(2);
    assertThat(goal.from()).isEqualTo("Move into my own flat");
    assertThat(goal.to()).isEqualTo("Move into my own flat by summer");
    assertThat(plans.compare(w.ourWorker(), w.sam(), "1", "1").anyChange()).isFalse();
  }

  @Test
  void progressIsRecordedAgainstAGoalByTheWorkerAndThePerson() {
    agreedVersion(PlanSamples.first(today));
    UUID goal = plans.plan(w.ourWorker(), w.sam()).goals().get(0).id();

    plans.recordProgress(w.ourWorker(), w.sam(), goal, new NewProgress(Progress.SOME_PROGRESS, today.minusDays(7),
        "Saw two flats"));
    myPlans.recordProgress(w.samHimself(), goal, new NewProgress(Progress.GOOD_PROGRESS, today, "Form sent"));

    SupportPlan plan = myPlans.mine(w.samHimself());
    assertThat(plan.progressOf(goal)).extracting(ProgressEntry::progress, ProgressEntry::byPerson)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Progress.SOME_PROGRESS, false),
            org.assertj.core.groups.Tuple.tuple(Progress.GOOD_PROGRESS, true));
    assertThat(plan.latestProgress(goal).note()).isEqualTo("Form sent");
    assertThatThrownBy(() -> myPlans.recordProgress(w.samHimself(), UUID.randomUUID(),
        new NewProgress(Progress.ACHIEVED, today, null))).isInstanceOf(RecordNotFound.class);
  }

  @Test
  void overdueAndSoonDueReviewsAreListedForThoseWhoMayOpenThePerson() {
    agreedVersion(PlanSamples.first(today));
    // The review date cannot be set in the past through a form, so the agreed version is moved back by hand,
    // as time passing would: due 3 days ago.
    jdbc.sql("""
            update support_plan_version set review_on = ?,
              content = jsonb_set(content, '{reviewOn}', to_jsonb(cast(? as text)))
            where alliance_id = ? and person_id = ?""")
        .params(today.minusDays(3), today.minusDays(3).toString(), w.alliance().test.id(), w.sam()).update();
    UUID kim = w.alliance().person();
    CurrentUser admin = w.alliance().admin;
    int draft = plans.saveDraft(admin, kim, 0, new PlanContent("Kim's words", null, List.of(), null, List.of(),
        null, null, today.plusWeeks(10)));
    plans.agree(admin, kim, draft);

    List<ReviewDue> mine = plans.reviews(w.ourWorker());
    assertThat(mine).extracting(ReviewDue::personId, ReviewDue::overdue, ReviewDue::reviewOn)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(w.sam(), true, today.minusDays(3)));
    assertThat(mine.get(0).name()).isEqualTo("Sam Okafor");
    assertThat(plans.plan(w.ourWorker(), w.sam()).reviewOverdue()).isTrue();
    CurrentUser stranger = w.alliance().user(Role.PRACTITIONER, w.alliance().staff(w.alliance().ours, "Dee"));
    assertThat(plans.reviews(stranger)).isEmpty();
    assertThat(plans.reviews(admin)).extracting(ReviewDue::personId).containsExactly(w.sam());
  }

  @Test
  void anotherAllianceFindsNothingAndSomeoneOffTheTeamIsRefused() {
    plans.saveDraft(w.ourWorker(), w.sam(), 0, PlanSamples.first(today));
    World other = worlds.create();

    assertThatThrownBy(() -> plans.plan(other.ourWorker(), w.sam())).isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> plans.draft(other.alliance().admin, w.sam())).isInstanceOf(RecordNotFound.class);
    CurrentUser stranger = w.alliance().user(Role.PRACTITIONER, w.alliance().staff(w.alliance().ours, "Dee"));
    assertThatThrownBy(() -> plans.plan(stranger, w.sam())).isInstanceOf(AccessDenied.class);
    assertThat(other.samHimself().personId()).isNotEqualTo(w.sam());
    assertThatThrownBy(() -> myPlans.draft(other.samHimself())).isInstanceOf(RecordNotFound.class);
  }

  @Test
  void everyReadAndChangeIsAuditedAgainstThePerson() {
    int version = myPlans.saveDraft(w.samHimself(), 0, PlanSamples.first(today));
    plans.plan(w.ourWorker(), w.sam());
    plans.agree(w.ourWorker(), w.sam(), version);

    List<AuditEntry> entries = audit.page(w.alliance().test.id(), w.sam(), 0, 50).items();
    assertThat(entries).extracting(AuditEntry::action, AuditEntry::detail).contains(
        org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "Started a draft"),
        org.assertj.core.groups.Tuple.tuple(AuditAction.VIEW, "Support plan: 0 agreed versions, a draft"),
        org.assertj.core.groups.Tuple.tuple(AuditAction.UPDATE, "The worker agreed the draft"));
  }

  private void agreedVersion(PlanContent content) {
    int version = plans.saveDraft(w.ourWorker(), w.sam(), 0, content);
    plans.agree(w.ourWorker(), w.sam(), version);
    myPlans.agree(w.samHimself(), version);
  }
}
