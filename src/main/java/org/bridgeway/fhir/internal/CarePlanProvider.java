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
import org.bridgeway.plans.AgreedPlan;
import org.bridgeway.plans.Plans;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * CarePlan: a person's support plan as last agreed, one per person, so its id is the person's. Read by id or search
 * by {@code patient}; both through the plans module, which opens a plan only to those who work with records and
 * may open the person's, and audits the read. A person with no agreed plan has no CarePlan.
 */
@Component
class CarePlanProvider implements BridgewayResourceProvider {

  private final Plans plans;

  CarePlanProvider(Plans plans) {
    this.plans = plans;
  }

  @Override
  public Class<CarePlan> getResourceType() {
    return CarePlan.class;
  }

  @Read
  public CarePlan read(@IdParam IdType id, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    UUID personId = Refusals.uuid(id);
    AgreedPlan agreed = Refusals.answer(id, () -> plans.plan(user, personId)).agreed();
    if (agreed == null) {
      throw Refusals.notFound(id);
    }
    return PlanMapping.carePlan(agreed);
  }

  @Search
  public IBundleProvider search(@RequiredParam(name = CarePlan.SP_PATIENT) ReferenceParam patient,
      @Offset @Nullable Integer offset, @Count @Nullable Integer count, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    UUID personId = PersonParam.person(patient);
    List<AgreedPlan> found = List.of();
    if (personId != null) {
      try {
        AgreedPlan agreed = Refusals.answer(new IdType("Patient", personId.toString()),
            () -> plans.plan(user, personId)).agreed();
        found = agreed == null ? List.of() : List.of(agreed);
      } catch (ResourceNotFoundException e) {
        found = List.of();
      }
    }
    return Matches.page(found, offset, count, PlanMapping::carePlan);
  }
}
