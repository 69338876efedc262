package org.bridgeway.access;

import java.io.Serializable;
import java.util.Set;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * An API client calling with a bearer token, as the security filters let it in: the client, the scopes its token
 * carries, and the {@link CurrentUser} it acts as. A client acts for its whole alliance with an alliance
 * administrator's reach over records ({@link Role#ADMIN}), narrowed by its scopes to the resource types it was
 * given; its username is {@code client:} and its client id, which no account can hold, so the audit trail
 * names the client in every entry it causes.
 */
public record ApiCaller(CurrentUser user, String clientId, String clientName, Set<String> scopes)
    implements AuthenticatedPrincipal, Serializable {

  /** The username a client acts under. */
  public static String username(String clientId) {
    return "client:" + clientId;
  }

  @Override
  public String getName() {
    return user.username();
  }

  public boolean mayRead(String resourceType) {
    return ApiScopes.allowRead(scopes, resourceType);
  }

  public boolean mayWrite(String resourceType) {
    return ApiScopes.allowWrite(scopes, resourceType);
  }
}
