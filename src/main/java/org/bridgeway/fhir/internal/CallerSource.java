package org.bridgeway.fhir.internal;

import java.util.Optional;
import org.bridgeway.access.CurrentUser;
import org.springframework.security.core.Authentication;

/**
 * Turns whoever the security filters let in into the Bridgeway user the FHIR API acts for. Today a signed-in
 * account; an OAuth 2.0 client's token will be another source, mapping the client to its alliance and scopes,
 * without any provider changing.
 */
interface CallerSource {

  Optional<CurrentUser> caller(Authentication authentication);
}
