package org.bridgeway.fhir.internal;

import org.bridgeway.referrals.Referral;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Reference;

/**
 * The person's consent to share their referral, as recorded on it, as a UK Core Consent; one per referral, so its
 * id is the referral's. A privacy consent about sharing information (LOINC 59284-0, patient consent), under the
 * alliance's information-sharing agreement. Consent given permits sharing; consent not given denies it. When a
 * referral was shared without consent, the reason given for overriding it has no element of its own in a Consent
 * (it is a decision of the referrer's, not the person's), so it is said in the resource's narrative, which carries
 * the whole of what was recorded in words.
 */
final class ConsentMapping {

  static final String SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
  static final String LOINC = "http://loinc.org";
  static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

  private ConsentMapping() {}

  static Consent consent(Referral referral) {
    Consent consent = new Consent();
    consent.setId(referral.id().toString());
    consent.setMeta(UkCore.meta(UkCore.CONSENT).setVersionId(String.valueOf(referral.version())));
    consent.setStatus(ConsentState.ACTIVE);
    consent.setScope(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(SCOPE, "patient-privacy",
        "Privacy Consent")));
    consent.addCategory(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(LOINC, "59284-0",
        "Patient Consent")));
    consent.setPatient(new Reference("Patient/" + referral.personId()));
    consent.setDateTimeElement(new DateTimeType(referral.receivedOn().toString()));
    if (referral.referrerOrganisationId() != null) {
      consent.addOrganization(new Reference("Organization/" + referral.referrerOrganisationId()));
    }
    consent.setSource(new Reference("ServiceRequest/" + referral.id()));
    consent.addPolicy().setUri("urn:bridgeway:information-sharing-agreement")
        .setAuthority("urn:bridgeway:alliance");
    consent.getProvision().setType(referral.consentToShare() ? ConsentProvisionType.PERMIT
        : ConsentProvisionType.DENY);
    consent.getProvision().addAction(new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(
        "http://terminology.hl7.org/CodeSystem/consentaction", "disclose", "Disclose")));
    consent.setText(narrative(referral));
    return consent;
  }

  private static Narrative narrative(Referral referral) {
    Narrative narrative = new Narrative();
    narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
    String words = referral.consentToShare()
        ? "The person consented to their referral being shared with the alliance's partners."
        : "The person did not consent to their referral being shared."
            + (referral.consentOverrideReason() == null ? ""
                : " It was shared without their consent because: " + referral.consentOverrideReason());
    narrative.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + escape(words) + "</p></div>");
    return narrative;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
