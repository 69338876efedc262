package org.bridgeway.fhir.internal;

import java.util.Optional;
import org.bridgeway.access.CurrentUser;
import org.springframework.security.core.Authentication;

/**
 * Turns whoever the security filters let in into the Bridgeway user the FHIR API acts for: a signed-in account
 * ({@link SignedInAccount}) or an API client's bearer token ({@link ApiClientCaller}), without any provider
 * knowing which.
 */
interface CallerSource {

  Optional<CurrentUser> caller(Authentication authentication);
}
