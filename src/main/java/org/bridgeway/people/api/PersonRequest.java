package org.bridgeway.people.api;

import java.time.LocalDate;
import org.bridgeway.people.PersonDetails;
import org.jspecify.annotations.Nullable;

/** A person's details as the JSON API takes them; the date of birth is an ISO 8601 date. */
record PersonRequest(
    @Nullable String givenName,
    @Nullable String familyName,
    @Nullable String preferredName,
    @Nullable LocalDate dateOfBirth,
    @Nullable String nhsNumber,
    @Nullable String gender,
    @Nullable String ethnicity,
    @Nullable String religion,
    @Nullable String sexualOrientation,
    @Nullable String disability,
    @Nullable String firstLanguage,
    boolean interpreterNeeded,
    @Nullable String communicationNeeds,
    @Nullable String address,
    @Nullable String postcode,
    @Nullable String phone,
    @Nullable String gpPracticeName,
    @Nullable String gpPracticeCode,
    @Nullable String funding,
    @Nullable String legalStatus,
    @Nullable String strengths,
    @Nullable String interests,
    @Nullable Integer version) {

  PersonDetails details() {
    return new PersonDetails(givenName, familyName, preferredName,
        dateOfBirth == null ? null : String.valueOf(dateOfBirth.getDayOfMonth()),
        dateOfBirth == null ? null : String.valueOf(dateOfBirth.getMonthValue()),
        dateOfBirth == null ? null : String.valueOf(dateOfBirth.getYear()), nhsNumber, gender, ethnicity, religion,
        sexualOrientation, disability, firstLanguage, interpreterNeeded, communicationNeeds, address, postcode, phone,
        gpPracticeName, gpPracticeCode, funding, legalStatus, strengths, interests);
  }
}
