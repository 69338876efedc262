package org.bridgeway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bridgeway.fhir.PatientResourceTest.ids;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.bridgeway.plans.LifeDomain;
import org.bridgeway.plans.MyPlans;
import org.bridgeway.plans.NewProgress;
import org.bridgeway.plans.PlanContent;
import org.bridgeway.plans.PlanGoal;
import org.bridgeway.plans.PlanSamples;
import org.bridgeway.plans.Plans;
import org.bridgeway.plans.Progress;
import org.bridgeway.referrals.NewReferral;
import org.bridgeway.referrals.ReferralSource;
import org.bridgeway.referrals.Referrals;
import org.bridgeway.referrals.Urgency;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Goal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BridgewayTest
class PlanAndConsentResourcesTest {

  @LocalServerPort int port;
  @Autowired NotesWorld worlds;
  @Autowired Plans plans;
  @Autowired MyPlans myPlans;
  @Autowired Referrals referrals;

  World w;
  LocalDate today;

  @BeforeEach
  void setUp() {
    w = worlds.create();
    today = plans.today();
  }

  IGenericClient client(CurrentUser user) {
    return FhirClients.as(port, user);
  }

  /** Sam's plan agreed with two goals: a flat (achieved since) and a course (no progress recorded). */
  List<UUID> agreedPlanWithTwoGoals() {
    PlanContent first = PlanSamples.first(today);
    PlanContent content = new PlanContent(first.whatMatters(), first.strengths(), List.of(first.goals().get(0),
        new PlanGoal(null, LifeDomain.WORK_AND_LEARNING, "Start a cooking course", null, null, null)),
        first.howSupported(), first.risks(), first.warningSigns(), first.crisisHelp(), first.reviewOn());
    int version = plans.saveDraft(w.ourWorker(), w.sam(), 0, content);
    plans.agree(w.ourWorker(), w.sam(), version);
    myPlans.agree(w.samHimself(), version);
    List<UUID> goals = plans.plan(w.ourWorker(), w.sam()).agreed().content().goals().stream().map(PlanGoal::id)
        .toList();
    plans.recordProgress(w.ourWorker(), w.sam(), goals.get(0), new NewProgress(Progress.ACHIEVED, today, "Moved in"));
    return goals;
  }

  @Test
  void theAgreedSupportPlanIsACarePlanWithItsGoalsAndBothValidate() {
    agreedPlanWithTwoGoals();

    CarePlan plan = client(w.ourWorker()).read().resource(CarePlan.class).withId(w.sam().toString()).execute();

    assertThat(plan.getMeta().getProfile()).extracting(p -> p.getValue())
        .containsExactly("https://fhir.hl7.org.uk/StructureDefinition/UKCore-CarePlan");
    assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
    assertThat(plan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
    assertThat(plan.getDescription()).isEqualTo("My son Danny and getting my own flat.");
    assertThat(plan.getMeta().getVersionId()).isEqualTo("1");
    assertThat(plan.getSubject().getReference()).isEqualTo("Patient/" + w.sam());
    assertThat(plan.getNote()).extracting(n -> n.getText())
        .contains("Strengths: I am a good cook and I never give up.");
    assertThat(plan.getGoal()).hasSize(2);
    assertThat(UkCoreValidation.errors(plan)).isEmpty();

    Goal flat = client(w.ourWorker()).read().resource(Goal.class)
        .withId(plan.getGoal().get(0).getReferenceElement().getIdPart()).execute();
    Goal course = client(w.ourWorker()).read().resource(Goal.class)
        .withId(plan.getGoal().get(1).getReferenceElement().getIdPart()).execute();
    assertThat(flat.getDescription().getText()).isEqualTo("Move into my own flat");
    assertThat(flat.getCategoryFirstRep().getText()).isEqualTo("Home");
    assertThat(flat.getLifecycleStatus()).isEqualTo(Goal.GoalLifecycleStatus.COMPLETED);
    assertThat(flat.getAchievementStatus().getCodingFirstRep().getCode()).isEqualTo("achieved");
    assertThat(flat.getTargetFirstRep().getDueDateType().getValueAsString())
        .isEqualTo(today.plusMonths(6).toString());
    assertThat(course.getLifecycleStatus()).isEqualTo(Goal.GoalLifecycleStatus.ACTIVE);
    assertThat(course.hasAchievementStatus()).isFalse();
    assertThat(UkCoreValidation.errors(flat)).isEmpty();
    assertThat(UkCoreValidation.errors(course)).isEmpty();
  }

  @Test
  void plansAndGoalsAreSearchedByPatientAndPaged() {
    List<UUID> goals = agreedPlanWithTwoGoals();
    IGenericClient client = client(w.ourWorker());

    assertThat(ids(client.search().byUrl("CarePlan?patient=Patient/" + w.sam()).returnBundle(Bundle.class)
        .execute())).containsExactly(w.sam().toString());
    Bundle first = client.search().byUrl("Goal?patient=" + w.sam() + "&_count=1").returnBundle(Bundle.class)
        .execute();
    Bundle second = client.loadPage().next(first).execute();
    assertThat(first.getTotal()).isEqualTo(2);
    assertThat(((Goal) first.getEntryFirstRep().getResource()).getDescription().getText())
        .isEqualTo("Move into my own flat");
    assertThat(((Goal) second.getEntryFirstRep().getResource()).getDescription().getText())
        .isEqualTo("Start a cooking course");
    assertThat(second.getLink("next")).isNull();
    assertThat(goals).hasSize(2);
  }

  @Test
  void aPersonWithoutAnAgreedPlanHasNoCarePlan() {
    plans.saveDraft(w.ourWorker(), w.sam(), 0, PlanSamples.first(today));

    assertThatThrownBy(() -> client(w.ourWorker()).read().resource(CarePlan.class).withId(w.sam().toString())
        .execute()).isInstanceOf(ResourceNotFoundException.class);
    assertThat(ids(client(w.ourWorker()).search().byUrl("Goal?patient=" + w.sam()).returnBundle(Bundle.class)
        .execute())).isEmpty();
  }

  @Test
  void anotherAlliancesPlansGoalsAndConsentsAreNotFoundAndNeverSearched() {
    agreedPlanWithTwoGoals();
    UUID referral = w.alliance().referral(w.sam(), org.bridgeway.referrals.ReferralStatus.RECEIVED);
    String goal = client(w.ourWorker()).search().byUrl("Goal?patient=" + w.sam()).returnBundle(Bundle.class)
        .execute().getEntryFirstRep().getResource().getIdElement().getIdPart();
    World leeds = worlds.create();
    IGenericClient leedsAdmin = client(leeds.alliance().user(Role.ADMIN, null));

    assertThatThrownBy(() -> leedsAdmin.read().resource(CarePlan.class).withId(w.sam().toString()).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> leedsAdmin.read().resource(Goal.class).withId(goal).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> leedsAdmin.read().resource(Consent.class).withId(referral.toString()).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    for (String type : List.of("CarePlan", "Goal", "Consent")) {
      assertThat(ids(leedsAdmin.search().byUrl(type + "?patient=" + w.sam()).returnBundle(Bundle.class).execute()))
          .as(type).isEmpty();
    }
  }

  @Test
  void aPractitionerWithoutARelationshipIsRefusedThePlan() {
    agreedPlanWithTwoGoals();
    CurrentUser stranger = w.alliance().user(Role.PRACTITIONER, w.alliance().staff(w.alliance().ours, "Noor"));

    assertThatThrownBy(() -> client(stranger).read().resource(CarePlan.class).withId(w.sam().toString()).execute())
        .isInstanceOf(ForbiddenOperationException.class);
    assertThatThrownBy(() -> client(stranger).search().byUrl("Goal?patient=" + w.sam()).returnBundle(Bundle.class)
        .execute()).isInstanceOf(ForbiddenOperationException.class);
  }

  @Test
  void theConsentToShareOnAReferralIsAConsentPermittingOrDenyingAndValidates() {
    CurrentUser admin = w.alliance().admin;
    UUID given = referrals.refer(admin, new NewReferral(w.sam(), ReferralSource.GP, "Dr Patel", null, null, today,
        "Ready to leave the ward", true, null, Urgency.ROUTINE, null, true, null, null));
    UUID overridden = referrals.refer(admin, new NewReferral(w.sam(), ReferralSource.GP, "Dr Patel", null, null,
        today, "Ready to leave the ward", true, null, Urgency.ROUTINE, null, false,
        "Risk to others: the panel must know", null));
    IGenericClient client = client(w.alliance().user(Role.ADMIN, null));

    Consent permit = client.read().resource(Consent.class).withId(given.toString()).execute();
    Consent deny = client.read().resource(Consent.class).withId(overridden.toString()).execute();

    assertThat(permit.getMeta().getProfile()).extracting(p -> p.getValue())
        .containsExactly("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Consent");
    assertThat(permit.getPatient().getReference()).isEqualTo("Patient/" + w.sam());
    assertThat(permit.getProvision().getType()).isEqualTo(Consent.ConsentProvisionType.PERMIT);
    assertThat(permit.getSourceReference().getReference()).isEqualTo("ServiceRequest/" + given);
    assertThat(deny.getProvision().getType()).isEqualTo(Consent.ConsentProvisionType.DENY);
    assertThat(deny.getText().getDivAsString()).contains("Risk to others: the panel must know");
    assertThat(UkCoreValidation.errors(permit)).isEmpty();
    assertThat(UkCoreValidation.errors(deny)).isEmpty();

    Bundle page = client.search().byUrl("Consent?patient=" + w.sam() + "&_count=1").returnBundle(Bundle.class)
        .execute();
    Bundle next = client.loadPage().next(page).execute();
    assertThat(page.getTotal()).isEqualTo(2);
    assertThat(List.of(ids(page).get(0), ids(next).get(0))).containsExactlyInAnyOrder(given.toString(),
        overridden.toString());
  }
}
