package org.bridgeway.governance;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Someone who came to a meeting, as recorded; a person's name is a first name or initials only. */
public record Attendee(UUID id, AttendeeKind kind, @Nullable UUID personId, @Nullable UUID staffId, String name,
    @Nullable String voidReason) {

  public boolean voided() {
    return voidReason != null;
  }
}
