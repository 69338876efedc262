package org.bridgeway.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's whole record as a worker sees it, with the version that an edit must quote. */
public record PersonRecord(
    UUID id,
    String localId,
    PersonDetails details,
    LocalDate dateOfBirth,
    List<SupportContact> supportCircle,
    Instant updatedAt,
    String updatedBy,
    int version) {

  public String displayName() {
    String preferred = details.preferredName();
    return (preferred == null ? details.givenName() : preferred) + " " + details.familyName();
  }

  public String fullName() {
    return details.givenName() + " " + details.familyName();
  }

  public int ageOn(LocalDate day) {
    return Period.between(dateOfBirth, day).getYears();
  }

  public @Nullable String nhsNumberDisplay() {
    return details.nhsNumber() == null ? null : NhsNumber.display(details.nhsNumber());
  }

  public String label(String list, @Nullable String code) {
    if (code == null) {
      return "";
    }
    return switch (list) {
      case "gender" -> Codes.label(Codes.GENDER, code);
      case "ethnicity" -> Codes.label(Codes.ETHNICITY, code);
      case "funding" -> Codes.label(Codes.FUNDING, code);
      case "legalStatus" -> Codes.label(Codes.LEGAL_STATUS, code);
      default -> code;
    };
  }

  public List<SupportContact> currentSupportCircle() {
    return supportCircle.stream().filter(c -> !c.voided()).toList();
  }

  public List<SupportContact> removedSupportCircle() {
    return supportCircle.stream().filter(SupportContact::voided).toList();
  }
}
