package org.bridgeway.access.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** An account as loaded for signing in: the only place the password hash is held in memory. */
record AccountRecord(
    UUID id,
    String username,
    String passwordHash,
    String displayName,
    Role role,
    @Nullable UUID allianceId,
    @Nullable String allianceName,
    @Nullable UUID staffId,
    @Nullable UUID personId,
    boolean enabled,
    @Nullable Instant lockedUntil)
    implements UserDetails {

  CurrentUser toCurrentUser() {
    return new CurrentUser(id, username, displayName, role, allianceId, allianceName, staffId, personId);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(role.authority()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return lockedUntil == null || lockedUntil.isBefore(Instant.now());
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }
}
