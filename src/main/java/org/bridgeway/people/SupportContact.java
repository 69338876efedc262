package org.bridgeway.people;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Someone in a person's circle of support: family, a carer, a friend. Removed only by voiding, with a reason. */
public record SupportContact(
    UUID id, String name, String relationship, boolean carer, @Nullable String phone, @Nullable String notes,
    Instant createdAt, String createdBy, @Nullable Instant voidedAt, @Nullable String voidedBy,
    @Nullable String voidReason) {

  public boolean voided() {
    return voidedAt != null;
  }

  public String relationshipLabel() {
    return Codes.label(Codes.RELATIONSHIP, relationship);
  }
}
