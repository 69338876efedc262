package org.bridgeway.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A community resource in the directory as read, with its opening times; withdrawn ones stay readable. */
public record Resource(UUID id, ResourceKind kind, String name, @Nullable String description,
    @Nullable String organisation, @Nullable String address, @Nullable String postcode,
    @Nullable String eligibility, List<Opening> openings, @Nullable String openingNotes, @Nullable String website,
    @Nullable String email, @Nullable String phone, @Nullable Instant withdrawnAt, @Nullable String withdrawnBy,
    @Nullable String withdrawnReason, int version) {

  public boolean active() {
    return withdrawnAt == null;
  }
}
