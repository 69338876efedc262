package org.bridgeway.people.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.people.PersonDetails;
import org.bridgeway.people.PersonRecord;
import org.bridgeway.people.SupportContact;
import org.jspecify.annotations.Nullable;

/** A person's record as the JSON API returns it. */
record PersonResponse(
    UUID id, String localId, String givenName, String familyName, @Nullable String preferredName,
    LocalDate dateOfBirth, @Nullable String nhsNumber, @Nullable String gender, @Nullable String ethnicity,
    @Nullable String religion, @Nullable String sexualOrientation, @Nullable String disability,
    @Nullable String firstLanguage, boolean interpreterNeeded, @Nullable String communicationNeeds,
    @Nullable String address, @Nullable String postcode, @Nullable String phone, @Nullable String gpPracticeName,
    @Nullable String gpPracticeCode, @Nullable String funding, @Nullable String legalStatus,
    @Nullable String strengths, @Nullable String interests, List<SupportContact> supportCircle,
    Instant updatedAt, String updatedBy, int version) {

  static PersonResponse of(PersonRecord person) {
    PersonDetails d = person.details();
    return new PersonResponse(person.id(), person.localId(), d.givenName(), d.familyName(), d.preferredName(),
        person.dateOfBirth(), d.nhsNumber(), d.gender(), d.ethnicity(), d.religion(), d.sexualOrientation(),
        d.disability(), d.firstLanguage(), d.interpreterNeeded(), d.communicationNeeds(), d.address(), d.postcode(),
        d.phone(), d.gpPracticeName(), d.gpPracticeCode(), d.funding(), d.legalStatus(), d.strengths(),
        d.interests(), person.supportCircle(), person.updatedAt(), person.updatedBy(), person.version());
  }
}
