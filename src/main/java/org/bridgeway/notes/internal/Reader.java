package org.bridgeway.notes.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who is reading, as far as the notes' visibility goes: a worker of an organisation (none for someone who is no
 * organisation's staff, who reads as the alliance) sees every note but the restricted notes of other
 * organisations; the person sees only what is shared with them on their own record.
 */
public record Reader(boolean person, @Nullable UUID organisationId) {

  public static Reader worker(@Nullable UUID organisationId) {
    return new Reader(false, organisationId);
  }

  public static Reader thePerson() {
    return new Reader(true, null);
  }

  /** The condition on {@code note n} that keeps out what this reader may not see. */
  String condition() {
    return person ? "n.shared and not n.restricted"
        : "(not n.restricted or n.organisation_id is not distinct from cast(:readerOrganisation as uuid))";
  }
}
