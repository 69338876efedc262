package org.bridgeway.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A forum meeting as read; a voided one stays readable, marked as voided. */
public record Meeting(UUID id, LocalDate heldOn, String place, String chair, @Nullable String notes,
    @Nullable Instant voidedAt, @Nullable String voidedBy, @Nullable String voidReason, int version) {

  public boolean voided() {
    return voidedAt != null;
  }

  public MeetingDetails details() {
    return new MeetingDetails(heldOn, place, chair, notes);
  }
}
