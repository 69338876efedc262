package org.bridgeway.careteam;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person on a worker's caseload: who they are, and the worker's part in their team since when. */
public record CaseloadEntry(
    UUID personId, String localId, String givenName, String familyName, @Nullable String preferredName,
    LocalDate dateOfBirth, UUID memberId, TeamRole role, boolean keyWorker, LocalDate since) {

  public String displayName() {
    return (preferredName == null ? givenName : preferredName) + " " + familyName;
  }
}
