package org.bridgeway.fhir.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /**
   * The person's details a Patient carries, over the details Bridgeway already has ({@code base}): what the
   * Patient leaves out is kept, so that an update from a system that knows less (no ethnic category, say)
   * removes nothing. A postal code that is no UK postcode (as from a system abroad) stays in the address.
   */
  static PersonDetails details(Patient patient, PersonDetails base) {
    HumanName official = patient.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
        .findFirst().orElse(patient.getName().stream().filter(n -> n.getUse() != HumanName.NameUse.USUAL)
            .findFirst().orElse(patient.getNameFirstRep()));
    HumanName usual = patient.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.USUAL).findFirst()
        .orElse(null);
    String given = official.hasGiven() ? official.getGiven().get(0).getValue() : null;
    String day = null;
    String month = null;
    String year = null;
    if (patient.hasBirthDateElement() && patient.getBirthDateElement().getValueAsString().length() >= 10) {
      String[] parts = patient.getBirthDateElement().getValueAsString().substring(0, 10).split("-");
      year = parts[0];
      month = String.valueOf(Integer.parseInt(parts[1]));
      day = String.valueOf(Integer.parseInt(parts[2]));
    }
    String nhs = patient.getIdentifier().stream().filter(i -> UkCore.NHS_NUMBER.equals(i.getSystem()))
        .map(Identifier::getValue).findFirst().orElse(base.nhsNumber());
    Address home = patient.hasAddress() ? patient.getAddressFirstRep() : null;
    String postcode = home != null && home.hasPostalCode() && ukPostcode(home.getPostalCode())
        ? home.getPostalCode() : null;
    String address = home == null ? base.address() : addressText(home, postcode == null);
    String phone = patient.getTelecom().stream()
        .filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.PHONE && t.hasValue())
        .map(ContactPoint::getValue).findFirst().orElse(base.phone());
    Reference gp = patient.getGeneralPractitioner().stream()
        .filter(r -> UkCore.ODS_ORGANISATION.equals(r.getIdentifier().getSystem())).findFirst().orElse(null);
    return new PersonDetails(given, official.getFamily(), usual == null || !usual.hasGiven()
        ? base.preferredName() : usual.getGiven().get(0).getValue(), day, month, year, nhs,
        patient.hasGender() ? genderCode(patient.getGender()) : base.gender(), ethnicity(patient, base.ethnicity()),
        base.religion(), base.sexualOrientation(), base.disability(), base.firstLanguage(), base.interpreterNeeded(),
        base.communicationNeeds(), address, home == null ? base.postcode() : postcode, phone,
        gp == null ? base.gpPracticeName() : gp.getDisplay(),
        gp == null ? base.gpPracticeCode() : gp.getIdentifier().getValue(), base.funding(), base.legalStatus(),
        base.strengths(), base.interests());
  }

  private static @Nullable String ethnicity(Patient patient, @Nullable String kept) {
    var extension = patient.getExtensionByUrl(UkCore.ETHNIC_CATEGORY);
    if (extension == null || !(extension.getValue() instanceof CodeableConcept concept)) {
      return kept;
    }
    return concept.getCoding().stream().filter(c -> UkCore.ETHNIC_CATEGORY_ENGLAND.equals(c.getSystem()))
        .map(Coding::getCode).filter(Codes.ETHNICITY::containsKey).findFirst().orElse(kept);
  }

  private static @Nullable String addressText(Address address, boolean withPostalCode) {
    if (address.hasText()) {
      return address.getText() + (withPostalCode && address.hasPostalCode() ? ", " + address.getPostalCode() : "");
    }
    List<String> parts = new ArrayList<>();
    address.getLine().forEach(line -> parts.add(line.getValue()));
    for (String part : new String[] {address.getCity(), address.getDistrict(), address.getState(),
        withPostalCode ? address.getPostalCode() : null, address.getCountry()}) {
      if (part != null && !part.isBlank()) {
        parts.add(part);
      }
    }
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  static boolean ukPostcode(String text) {
    return text.trim().toUpperCase(Locale.ROOT).matches("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
  }

  private static String genderCode(AdministrativeGender gender) {
    return switch (gender) {
      case MALE -> "1";
      case FEMALE -> "2";
      case OTHER -> "4";
      default -> "X";
    };
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
