package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.plans.Plans;
import org.bridgeway.plans.SupportPlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Goal: the goals of a person's support plan as last agreed. Read by id (which names the person and the goal) or
 * search by {@code patient}, in the plan's order; both through the plans module's access rules and audit.
 */
@Component
class GoalProvider implements BridgewayResourceProvider {

  private final Plans plans;

  GoalProvider(Plans plans) {
    this.plans = plans;
  }

  @Override
  public Class<Goal> getResourceType() {
    return Goal.class;
  }

  @Read
  public Goal read(@IdParam IdType id, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    var key = CompactIds.parse(id.getIdPart() == null ? "" : id.getIdPart()).orElseThrow(() -> Refusals.notFound(id));
    SupportPlan plan = Refusals.answer(id, () -> plans.plan(user, key.personId()));
    if (plan.agreed() == null) {
      throw Refusals.notFound(id);
    }
    var goal = plan.agreed().content().goal(key.recordId());
    if (goal == null) {
      throw Refusals.notFound(id);
    }
    return PlanMapping.goal(plan, goal);
  }

  @Search
  public IBundleProvider search(@RequiredParam(name = Goal.SP_PATIENT) ReferenceParam patient,
      @Offset @Nullable Integer offset, @Count @Nullable Integer count, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    UUID personId = PersonParam.person(patient);
    List<Goal> found = List.of();
    if (personId != null) {
      try {
        SupportPlan plan = Refusals.answer(new IdType("Patient", personId.toString()), () -> plans.plan(user, personId));
        found = plan.agreed() == null ? List.of() : plan.agreed().content().goals().stream()
            .filter(goal -> goal.id() != null).map(goal -> PlanMapping.goal(plan, goal)).toList();
      } catch (ResourceNotFoundException e) {
        found = List.of();
      }
    }
    return Matches.page(found, offset, count, goal -> goal);
  }
}
