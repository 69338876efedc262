package org.bridgeway.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner system registered to call the FHIR API with OAuth 2.0 client credentials: its name, the client id it
 * signs in with, the scopes it was given, who registered it and, once revoked, when, by whom and why. The secret
 * itself is never kept, only its hash.
 */
public record ApiClient(
    UUID id,
    String clientId,
    String name,
    List<String> scopes,
    String createdBy,
    Instant createdAt,
    @Nullable Instant revokedAt,
    @Nullable String revokedBy,
    @Nullable String revokeReason) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
