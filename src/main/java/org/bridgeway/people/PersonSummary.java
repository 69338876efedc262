package org.bridgeway.people;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person as a search result shows them. */
public record PersonSummary(
    UUID id, String localId, @Nullable String nhsNumber, String givenName, String familyName,
    @Nullable String preferredName, LocalDate dateOfBirth, @Nullable String postcode) {

  /** People by the name they prefer: "Sam Okafor", or the given name where none is preferred. */
  public String displayName() {
    return (preferredName == null ? givenName : preferredName) + " " + familyName;
  }

  public String nhsNumberDisplay() {
    return nhsNumber == null ? "" : NhsNumber.display(nhsNumber);
  }
}
