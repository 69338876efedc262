package org.bridgeway.fhir.internal;

import java.sql.Date;
import java.util.Map;
import org.bridgeway.people.Codes;
import org.bridgeway.people.PersonDetails;
import org.bridgeway.people.PersonRecord;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;

/**
 * A person's record as a UK Core Patient. The NHS number carries the verification status "present but not
 * traced" (02): Bridgeway checks its Modulus 11 digit but does not trace it on the national spine. The ethnic
 * category is the MHSDS code, which is the England code list of UK Core. The gender codes of the NHS data
 * dictionary map to FHIR's administrative gender: male, female, other (non-binary, or not listed) and
 * unknown (not known, or not stated).
 */
final class PatientMapping {

  private static final Map<String, String> ETHNIC_DISPLAY = Map.ofEntries(
      Map.entry("A", "White - British"), Map.entry("B", "White - Irish"),
      Map.entry("C", "White - Any other White background"), Map.entry("D", "Mixed - White and Black Caribbean"),
      Map.entry("E", "Mixed - White and Black African"), Map.entry("F", "Mixed - White and Asian"),
      Map.entry("G", "Mixed - Any other mixed background"), Map.entry("H", "Asian or Asian British - Indian"),
      Map.entry("J", "Asian or Asian British - Pakistani"), Map.entry("K", "Asian or Asian British - Bangladeshi"),
      Map.entry("L", "Asian or Asian British - Any other Asian background"),
      Map.entry("M", "Black or Black British - Caribbean"), Map.entry("N", "Black or Black British - African"),
      Map.entry("P", "Black or Black British - Any other Black background"),
      Map.entry("R", "Other Ethnic Groups - Chinese"), Map.entry("S", "Other Ethnic Groups - Any other ethnic group"),
      Map.entry("Z", "Not stated"), Map.entry("99", "Not known"));

  private PatientMapping() {}

  static Patient patient(PersonRecord person) {
    PersonDetails details = person.details();
    Patient patient = new Patient();
    patient.setId(person.id().toString());
    patient.setMeta(UkCore.meta(UkCore.PATIENT, person.updatedAt()).setVersionId(String.valueOf(person.version())));
    if (details.nhsNumber() != null) {
      patient.addIdentifier(nhsNumber(details.nhsNumber()));
    }
    patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(details.familyName())
        .addGiven(details.givenName());
    if (details.preferredName() != null) {
      patient.addName().setUse(HumanName.NameUse.USUAL).setFamily(details.familyName())
          .addGiven(details.preferredName());
    }
    patient.setBirthDate(Date.valueOf(person.dateOfBirth()));
    AdministrativeGender gender = gender(details.gender());
    if (gender != null) {
      patient.setGender(gender);
    }
    if (details.address() != null || details.postcode() != null) {
      patient.addAddress(new Address().setUse(Address.AddressUse.HOME).setText(details.address())
          .setPostalCode(details.postcode()));
    }
    if (details.phone() != null) {
      patient.addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE)
          .setUse(ContactPoint.ContactPointUse.HOME).setValue(details.phone()));
    }
    if (details.ethnicity() != null && ETHNIC_DISPLAY.containsKey(details.ethnicity())) {
      patient.addExtension(UkCore.ETHNIC_CATEGORY, new CodeableConcept(new Coding(UkCore.ETHNIC_CATEGORY_ENGLAND,
          details.ethnicity(), ETHNIC_DISPLAY.get(details.ethnicity()))));
    }
    if (details.gpPracticeCode() != null) {
      patient.addGeneralPractitioner(new Reference().setType("Organization")
          .setIdentifier(new Identifier().setSystem(UkCore.ODS_ORGANISATION).setValue(details.gpPracticeCode()))
          .setDisplay(details.gpPracticeName()));
    }
    return patient;
  }

  private static Identifier nhsNumber(String digits) {
    Identifier identifier = new Identifier().setSystem(UkCore.NHS_NUMBER).setValue(digits);
    identifier.addExtension(UkCore.NHS_NUMBER_VERIFICATION, new CodeableConcept(new Coding(
        UkCore.NHS_NUMBER_VERIFICATION_ENGLAND, "02", "Number present but not traced")));
    return identifier;
  }

  static @Nullable AdministrativeGender gender(@Nullable String code) {
    if (code == null || !Codes.GENDER.containsKey(code)) {
      return null;
    }
    return switch (code) {
      case "1" -> AdministrativeGender.MALE;
      case "2" -> AdministrativeGender.FEMALE;
      case "3", "4" -> AdministrativeGender.OTHER;
      default -> AdministrativeGender.UNKNOWN;
    };
  }
}
