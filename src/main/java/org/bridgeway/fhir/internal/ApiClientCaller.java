package org.bridgeway.fhir.internal;

import java.util.Optional;
import org.bridgeway.access.ApiCaller;
import org.bridgeway.access.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * An API client calling with a bearer token: it acts as the user its {@link ApiCaller} carries, with an alliance
 * administrator's reach over the records of its own alliance and no other, named {@code client:} and its client
 * id in the audit trail. What resource types it may touch is checked by {@link CallerInterceptor} from its scopes.
 */
@Component
class ApiClientCaller implements CallerSource {

  @Override
  public Optional<CurrentUser> caller(Authentication authentication) {
    return authentication.getPrincipal() instanceof ApiCaller client ? Optional.of(client.user()) : Optional.empty();
  }
}
