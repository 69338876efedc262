package org.bridgeway.fhir.internal;

import java.util.Date;
import org.bridgeway.plans.AgreedPlan;
import org.bridgeway.plans.PlanGoal;
import org.bridgeway.plans.ProgressEntry;
import org.bridgeway.plans.SupportPlan;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * A person's support plan as a UK Core CarePlan, and its goals as Goals (UK Core has no Goal profile, so they claim
 * the base one). Only the latest agreed version is a CarePlan: a draft is no plan until the person and their
 * worker agree it. There is one plan per person, so its id is the person's; its version is the agreed version's
 * number. What matters to the person is the description; their strengths, how they want to be supported, the
 * warning signs, the help in a crisis and the review date are notes in their words. A goal's id joins the person's
 * and the goal's ({@link CompactIds}); the goal keeps its id from version to version, so its latest progress says
 * how it is going, and a goal marked achieved is completed.
 */
final class PlanMapping {

  static final String GOAL_PROFILE = "http://hl7.org/fhir/StructureDefinition/Goal";
  private static final String ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

  private PlanMapping() {}

  static CarePlan carePlan(AgreedPlan plan) {
    CarePlan carePlan = new CarePlan();
    carePlan.setId(plan.personId().toString());
    carePlan.setMeta(UkCore.meta(UkCore.CARE_PLAN, plan.agreedAt()).setVersionId(String.valueOf(plan.number())));
    carePlan.setStatus(CarePlanStatus.ACTIVE);
    carePlan.setIntent(CarePlanIntent.PLAN);
    carePlan.addCategory(new CodeableConcept().setText("Support plan"));
    carePlan.setTitle("Support plan, version " + plan.number());
    carePlan.setDescription(plan.content().whatMatters());
    carePlan.setSubject(new Reference("Patient/" + plan.personId()));
    carePlan.setPeriod(new Period().setStartElement(new DateTimeType(Date.from(plan.agreedAt()))));
    carePlan.setCreatedElement(new DateTimeType(Date.from(plan.agreedAt())));
    carePlan.setAuthor(new Reference().setDisplay(plan.workerAgreement().name()));
    carePlan.addContributor(new Reference("Patient/" + plan.personId()).setDisplay(plan.personAgreement().name()));
    for (PlanGoal goal : plan.content().goals()) {
      if (goal.id() != null) {
        carePlan.addGoal(new Reference("Goal/" + CompactIds.of(plan.personId(), goal.id())));
      }
    }
    note(carePlan, "Strengths", plan.content().strengths());
    note(carePlan, "How I want to be supported", plan.content().howSupported());
    note(carePlan, "Warning signs", plan.content().warningSigns());
    note(carePlan, "Help in a crisis", plan.content().crisisHelp());
    if (plan.content().reviewOn() != null) {
      note(carePlan, "To be reviewed by", plan.content().reviewOn().toString());
    }
    return carePlan;
  }

  static Goal goal(SupportPlan plan, PlanGoal goal) {
    Goal resource = new Goal();
    resource.setId(CompactIds.of(plan.personId(), goal.id()));
    resource.setMeta(new Meta().addProfile(GOAL_PROFILE));
    ProgressEntry latest = plan.latestProgress(goal.id());
    boolean achieved = latest != null && latest.progress() == org.bridgeway.plans.Progress.ACHIEVED;
    resource.setLifecycleStatus(achieved ? GoalLifecycleStatus.COMPLETED : GoalLifecycleStatus.ACTIVE);
    if (latest != null) {
      String code = switch (latest.progress()) {
        case NOT_STARTED -> "no-progress";
        case SOME_PROGRESS, GOOD_PROGRESS -> "in-progress";
        case ACHIEVED -> "achieved";
      };
      CodeableConcept status = new CodeableConcept().setText(latest.progress().label());
      status.addCoding().setSystem(ACHIEVEMENT).setCode(code);
      resource.setAchievementStatus(status);
    }
    if (goal.domain() != null) {
      resource.addCategory(new CodeableConcept().setText(goal.domain().label()));
    }
    resource.setDescription(new CodeableConcept().setText(goal.goal()));
    resource.setSubject(new Reference("Patient/" + plan.personId()));
    resource.setExpressedBy(new Reference("Patient/" + plan.personId()));
    if (goal.targetDate() != null) {
      resource.addTarget().setDue(new DateType(goal.targetDate().toString()));
    }
    if (goal.steps() != null) {
      resource.addNote(new Annotation().setText("Steps: " + goal.steps()));
    }
    if (goal.whoHelps() != null) {
      resource.addNote(new Annotation().setText("Who helps: " + goal.whoHelps()));
    }
    return resource;
  }

  private static void note(CarePlan carePlan, String heading, @Nullable String text) {
    if (text != null && !text.isBlank()) {
      carePlan.addNote(new Annotation().setText(heading + ": " + text));
    }
  }
}
