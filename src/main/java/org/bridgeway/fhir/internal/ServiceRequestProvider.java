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
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.referrals.ReferralLists;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * ServiceRequest: referrals. Read by id; search by {@code patient}. Both go through the referrals module,
 * which shows a referral only to those its sharing rule allows (otherwise it is not found) and audits the read.
 */
@Component
class ServiceRequestProvider implements BridgewayResourceProvider {

  private final ReferralLists referrals;

  ServiceRequestProvider(ReferralLists referrals) {
    this.referrals = referrals;
  }

  @Override
  public Class<ServiceRequest> getResourceType() {
    return ServiceRequest.class;
  }

  @Read
  public ServiceRequest read(@IdParam IdType id, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    UUID referralId = Refusals.uuid(id);
    return ReferralMapping.serviceRequest(Refusals.answer(id, () -> referrals.open(user, referralId).referral()));
  }

  @Search
  public IBundleProvider search(@RequiredParam(name = ServiceRequest.SP_PATIENT) ReferenceParam patient,
      @Offset @Nullable Integer offset, @Count @Nullable Integer count, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    List<UUID> found;
    try {
      found = referrals.visibleAbout(user, UUID.fromString(patient.getIdPart()));
    } catch (IllegalArgumentException | NullPointerException e) {
      found = List.of();
    }
    return Matches.page(found, offset, count,
        id -> ReferralMapping.serviceRequest(referrals.open(user, id).referral()));
  }
}
