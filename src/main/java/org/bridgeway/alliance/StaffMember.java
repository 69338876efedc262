package org.bridgeway.alliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff as saved, with their own whole-time equivalent: contracted hours over the alliance's
 * standard week, to one decimal place.
 */
public record StaffMember(
    UUID id,
    UUID organisationId,
    String organisationName,
    @Nullable UUID teamId,
    @Nullable String teamName,
    String givenName,
    String familyName,
    StaffRole role,
    @Nullable String jobTitle,
    BigDecimal contractedHours,
    BigDecimal wholeTimeEquivalent,
    boolean livedExperience,
    LocalDate startDate,
    @Nullable LocalDate endDate,
    @Nullable String email,
    int version) {

  public String fullName() {
    return givenName + " " + familyName;
  }

  public StaffDetails details() {
    return new StaffDetails(organisationId, teamId, givenName, familyName, role, jobTitle, contractedHours,
        livedExperience, startDate, endDate, email);
  }
}
