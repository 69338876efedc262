package org.bridgeway.access;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The person signed in. Everything they read or change is scoped to {@link #allianceId()}; the installation
 * administrator belongs to no alliance.
 */
public record CurrentUser(
    UUID accountId,
    String username,
    String displayName,
    Role role,
    @Nullable UUID allianceId,
    @Nullable String allianceName,
    @Nullable UUID staffId,
    @Nullable UUID personId)
    implements AuthenticatedPrincipal, Serializable {

  /** The username, which is what a session is indexed by. */
  @Override
  public String getName() {
    return username;
  }

  /** The alliance this user works in; fails for the installation administrator, who has none. */
  public UUID alliance() {
    if (allianceId == null) {
      throw new IllegalStateException("The installation administrator belongs to no alliance");
    }
    return allianceId;
  }

  public boolean is(Role other) {
    return role == other;
  }
}
