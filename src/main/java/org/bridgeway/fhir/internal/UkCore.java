package org.bridgeway.fhir.internal;

import java.util.Date;
import java.time.Instant;
import org.hl7.fhir.r4.model.Meta;

/** The UK Core profiles, extensions, code systems and identifier systems the resources are written to. */
final class UkCore {

  private UkCore() {}

  static final String PROFILES = "https://fhir.hl7.org.uk/StructureDefinition/";
  static final String PATIENT = PROFILES + "UKCore-Patient";
  static final String ORGANIZATION = PROFILES + "UKCore-Organization";
  static final String HEALTHCARE_SERVICE = PROFILES + "UKCore-HealthcareService";
  static final String LOCATION = PROFILES + "UKCore-Location";
  static final String EPISODE_OF_CARE = PROFILES + "UKCore-EpisodeOfCare";
  static final String CARE_TEAM = PROFILES + "UKCore-CareTeam";
  static final String SERVICE_REQUEST = PROFILES + "UKCore-ServiceRequest";
  static final String ENCOUNTER = PROFILES + "UKCore-Encounter";
  static final String CARE_PLAN = PROFILES + "UKCore-CarePlan";
  static final String CONSENT = PROFILES + "UKCore-Consent";
  static final String QUESTIONNAIRE_RESPONSE = PROFILES + "UKCore-QuestionnaireResponse";
  static final String OBSERVATION = PROFILES + "UKCore-Observation";

  static final String ETHNIC_CATEGORY = PROFILES + "Extension-UKCore-EthnicCategory";
  static final String ETHNIC_CATEGORY_ENGLAND = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";
  static final String NHS_NUMBER_VERIFICATION = PROFILES + "Extension-UKCore-NHSNumberVerificationStatus";
  static final String NHS_NUMBER_VERIFICATION_ENGLAND =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland";

  static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
  static final String ODS_ORGANISATION = "https://fhir.nhs.uk/Id/ods-organization-code";

  /** The profile a resource claims, and when it last changed where that is known. */
  static Meta meta(String profile, Instant updated) {
    Meta meta = meta(profile);
    meta.setLastUpdated(Date.from(updated));
    return meta;
  }

  static Meta meta(String profile) {
    return new Meta().addProfile(profile);
  }
}
