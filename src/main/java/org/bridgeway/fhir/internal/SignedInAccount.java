package org.bridgeway.fhir.internal;

import java.util.Optional;
import org.bridgeway.access.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** A Bridgeway account signed in with HTTP Basic: its principal is the user. */
@Component
class SignedInAccount implements CallerSource {

  @Override
  public Optional<CurrentUser> caller(Authentication authentication) {
    return authentication.getPrincipal() instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
  }
}
