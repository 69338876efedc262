package org.bridgeway.fhir;

import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Bundles as a partner system builds them: entries joined by urn:uuid full URLs. */
final class Bundles {

  static final String NHS = "https://fhir.nhs.uk/Id/nhs-number";
  static final String TRUST = "https://trust.example.nhs.uk/Id/episode";

  private final Bundle bundle;

  private Bundles(BundleType type) {
    bundle = new Bundle().setType(type);
  }

  static Bundles transaction() {
    return new Bundles(BundleType.TRANSACTION);
  }

  static Bundles batch() {
    return new Bundles(BundleType.BATCH);
  }

  /** Adds a POST entry; answers its full URL. */
  String post(Resource resource, String ifNoneExist) {
    String fullUrl = "urn:uuid:" + UUID.randomUUID();
    BundleEntryComponent entry = bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
    entry.getRequest().setMethod(HTTPVerb.POST).setUrl(resource.fhirType()).setIfNoneExist(ifNoneExist);
    return fullUrl;
  }

  Bundles put(Resource resource, String url, String ifMatch) {
    bundle.addEntry().setResource(resource).getRequest().setMethod(HTTPVerb.PUT).setUrl(url).setIfMatch(ifMatch);
    return this;
  }

  Bundle build() {
    return bundle;
  }

  static Patient patient(String given, String family, String nhsNumber) {
    Patient patient = new Patient();
    if (nhsNumber != null) {
      patient.addIdentifier().setSystem(NHS).setValue(nhsNumber);
    }
    patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(family).addGiven(given);
    patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1975-11-02"));
    patient.setGender(AdministrativeGender.FEMALE);
    return patient;
  }

  static EpisodeOfCare stay(String patient, String serviceName, String start, String identifier) {
    EpisodeOfCare episode = new EpisodeOfCare();
    episode.addIdentifier().setSystem(TRUST).setValue(identifier);
    episode.setStatus(EpisodeOfCareStatus.ACTIVE);
    episode.setPatient(new Reference(patient));
    episode.addType(new CodeableConcept().setText(serviceName));
    episode.getPeriod().setStartElement(new DateTimeType(start));
    return episode;
  }

  static Encounter contact(String patient, String start, String end, String what, String identifier) {
    Encounter encounter = new Encounter();
    encounter.addIdentifier().setSystem(TRUST).setValue(identifier);
    encounter.setStatus(EncounterStatus.FINISHED);
    encounter.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", "ambulatory"));
    encounter.addType(new CodeableConcept().setText(what));
    encounter.setSubject(new Reference(patient));
    encounter.getPeriod().setStartElement(new DateTimeType(start)).setEndElement(new DateTimeType(end));
    return encounter;
  }
}
