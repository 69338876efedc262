package org.bridgeway.workforce;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The right given to a person who uses a service to see and help manage its rota; current until revoked. */
public record RotaRight(UUID id, UUID personId, UUID serviceId, String serviceName, String grantedBy,
    Instant grantedAt, @Nullable String revokedBy, @Nullable Instant revokedAt, @Nullable String revokedReason) {

  public java.time.LocalDate grantedOn() {
    return java.time.LocalDate.ofInstant(grantedAt, java.time.ZoneId.of("Europe/London"));
  }

  public boolean current() {
    return revokedAt == null;
  }
}
