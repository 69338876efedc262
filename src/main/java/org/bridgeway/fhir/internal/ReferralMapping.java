package org.bridgeway.fhir.internal;

import java.util.UUID;
import org.bridgeway.referrals.Referral;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;

/**
 * A referral as a UK Core ServiceRequest: an order for support from the alliance, for the person, from the
 * referrer, asking for the services named (as HealthcareServices). Its status follows the referral's way: active
 * while it is received, awaiting the panel or on a waiting list; on hold while more information is asked for;
 * completed once allocated; revoked when signposted elsewhere or declined. Urgent is "urgent", soon is "asap"
 * (FHIR's word for sooner than routine) and routine is "routine".
 */
final class ReferralMapping {

  private ReferralMapping() {}

  static ServiceRequest serviceRequest(Referral referral) {
    ServiceRequest request = new ServiceRequest();
    request.setId(referral.id().toString());
    request.setMeta(UkCore.meta(UkCore.SERVICE_REQUEST).setVersionId(String.valueOf(referral.version())));
    request.setStatus(status(referral));
    request.setIntent(ServiceRequestIntent.ORDER);
    request.setPriority(switch (referral.urgency()) {
      case URGENT -> ServiceRequestPriority.URGENT;
      case SOON -> ServiceRequestPriority.ASAP;
      case ROUTINE -> ServiceRequestPriority.ROUTINE;
    });
    request.setCode(new CodeableConcept().setText("Referral to the alliance's community rehabilitation pathway"));
    request.setSubject(new Reference("Patient/" + referral.personId()).setDisplay(referral.personName()));
    request.setAuthoredOnElement(new DateTimeType(referral.receivedOn().toString()));
    Reference requester = new Reference().setDisplay(referral.referrerName() + " (" + referral.source().label() + ")");
    if (referral.referrerOrganisationId() != null) {
      requester.setReference("Organization/" + referral.referrerOrganisationId());
    }
    request.setRequester(requester);
    for (UUID service : referral.requestedServices()) {
      request.addPerformer(new Reference("HealthcareService/" + service));
    }
    request.addReasonCode(new CodeableConcept().setText(referral.reason()));
    return request;
  }

  static ServiceRequestStatus status(Referral referral) {
    return switch (referral.status()) {
      case RECEIVED, AWAITING_PANEL, WAITING_LIST -> ServiceRequestStatus.ACTIVE;
      case MORE_INFORMATION_REQUESTED -> ServiceRequestStatus.ONHOLD;
      case ALLOCATED -> ServiceRequestStatus.COMPLETED;
      case SIGNPOSTED, DECLINED -> ServiceRequestStatus.REVOKED;
    };
  }
}
