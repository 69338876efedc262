package org.bridgeway.fhir.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.people.NhsNumber;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonDetails;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.shared.FieldProblem;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

/**
 * Patient entries: POST adds a person's record (with {@code ifNoneExist} on an identifier, it first looks for
 * the person: by NHS number on the records themselves, by any other identifier among those kept from earlier
 * bundles); PUT to {@code Patient/<id>} changes one, at the version {@code If-Match} names (the current one
 * without it). Both go through the people module with the form's rules, so an invalid NHS number, or one
 * another record has, is refused.
 */
@Component
class PatientIntake implements EntryIntake {

  private final People people;
  private final KeptIdentifiers identifiers;
  private final Clock clock;

  PatientIntake(People people, KeptIdentifiers identifiers, Clock clock) {
    this.people = people;
    this.identifiers = identifiers;
    this.clock = clock;
  }

  @Override
  public String resourceType() {
    return "Patient";
  }

  @Override
  public Set<HTTPVerb> methods() {
    return Set.of(HTTPVerb.POST, HTTPVerb.PUT);
  }

  @Override
  public void check(CurrentUser user, BundleEntryComponent entry, References references) {
    Conditions.of(entry.getRequest().getIfNoneExist());
    if (entry.getRequest().getMethod() == HTTPVerb.PUT) {
      References.literal(entry.getRequest().getUrl(), "Patient", "request.url");
      version(entry);
    }
    refuseProblems(PatientMapping.details((Patient) entry.getResource(), PersonDetails.blank()));
  }

  @Override
  public EntryResult take(CurrentUser user, BundleEntryComponent entry, References references) {
    Patient patient = (Patient) entry.getResource();
    if (entry.getRequest().getMethod() == HTTPVerb.PUT) {
      return update(user, entry, patient);
    }
    Conditions when = Conditions.of(entry.getRequest().getIfNoneExist());
    Optional<UUID> found = when == null ? Optional.empty() : find(user, when);
    if (found.isPresent()) {
      references.written(entry, found.get());
      return EntryResult.alreadyKept("Patient/" + found.get(), "a person's record");
    }
    PersonDetails details = PatientMapping.details(patient, PersonDetails.blank());
    refuseProblems(details);
    UUID id = people.add(user, details);
    for (Identifier identifier : patient.getIdentifier()) {
      if (identifier.hasSystem() && identifier.hasValue() && !UkCore.NHS_NUMBER.equals(identifier.getSystem())) {
        identifiers.keep(user.alliance(), "Patient", identifier.getSystem(), identifier.getValue(), id,
            user.username());
      }
    }
    references.written(entry, id);
    return EntryResult.kept("Patient/" + id, "a new person's record");
  }

  /** The person with the identifier, in the caller's alliance. */
  Optional<UUID> find(CurrentUser user, Conditions identifier) {
    if (!UkCore.NHS_NUMBER.equals(identifier.system())) {
      return identifiers.find(user.alliance(), "Patient", identifier.system(), identifier.value());
    }
    String digits = NhsNumber.normalise(identifier.value());
    if (!NhsNumber.valid(digits)) {
      return Optional.empty();
    }
    return people.find(user, digits, 0, 5).items().stream().filter(p -> digits.equals(p.nhsNumber()))
        .map(p -> p.id()).findFirst();
  }

  private EntryResult update(CurrentUser user, BundleEntryComponent entry, Patient patient) {
    UUID id = References.literal(entry.getRequest().getUrl(), "Patient", "request.url");
    Integer asked = version(entry);
    PersonRecord current = people.read(user, id);
    int version = asked == null ? current.version() : asked;
    PersonDetails details = PatientMapping.details(patient, current.details());
    refuseProblems(details);
    people.change(user, id, details, version);
    return EntryResult.updated("Patient/" + id + "/_history/" + (version + 1), "the person's record");
  }

  /** The version {@code If-Match} names, as an ETag ({@code W/"3"}) or a bare number; null without one. */
  private static Integer version(BundleEntryComponent entry) {
    String tag = entry.getRequest().getIfMatch();
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String digits = tag.replaceFirst("^W/", "").replace("\"", "").trim();
    if (!digits.matches("[0-9]{1,9}")) {
      throw new EntryRefused(412, IssueType.INVALID, List.of("If-Match " + tag + " names no version: send the "
          + "ETag the Patient was read with, like W/\"3\"."));
    }
    return Integer.valueOf(digits);
  }

  private void refuseProblems(PersonDetails details) {
    List<FieldProblem> problems = details.problems(LocalDate.now(clock));
    if (!problems.isEmpty()) {
      throw new EntryRefused(400, IssueType.INVALID, problems.stream().map(p -> field(p.field()) + ": "
          + p.message() + ".").toList());
    }
  }

  static String field(String field) {
    return switch (field) {
      case "givenName" -> "Patient.name.given";
      case "familyName" -> "Patient.name.family";
      case "preferredName" -> "Patient.name (usual)";
      case "dateOfBirth" -> "Patient.birthDate";
      case "nhsNumber" -> "Patient.identifier (NHS number)";
      case "gender" -> "Patient.gender";
      case "ethnicity" -> "Patient.extension (ethnic category)";
      case "postcode" -> "Patient.address.postalCode";
      case "phone" -> "Patient.telecom";
      case "address" -> "Patient.address";
      case "gpPracticeCode", "gpPracticeName" -> "Patient.generalPractitioner";
      default -> field;
    };
  }
}
