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
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Consent: the consent to share recorded on each of a person's referrals. Read by id (the referral's) or search by
 * {@code patient}; both through the referrals module, which shows a referral only to those its sharing rule
 * allows (otherwise it is not found) and audits the read, as for ServiceRequest.
 */
@Component
class ConsentProvider implements BridgewayResourceProvider {

  private final ReferralLists referrals;

  ConsentProvider(ReferralLists referrals) {
    this.referrals = referrals;
  }

  @Override
  public Class<Consent> getResourceType() {
    return Consent.class;
  }

  @Read
  public Consent read(@IdParam IdType id, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    UUID referralId = Refusals.uuid(id);
    return ConsentMapping.consent(Refusals.answer(id, () -> referrals.open(user, referralId).referral()));
  }

  @Search
  public IBundleProvider search(@RequiredParam(name = Consent.SP_PATIENT) ReferenceParam patient,
      @Offset @Nullable Integer offset, @Count @Nullable Integer count, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    UUID personId = PersonParam.person(patient);
    List<UUID> found = personId == null ? List.of() : referrals.visibleAbout(user, personId);
    return Matches.page(found, offset, count, id -> ConsentMapping.consent(referrals.open(user, id).referral()));
  }
}
