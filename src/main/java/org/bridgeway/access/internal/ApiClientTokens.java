package org.bridgeway.access.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bridgeway.access.ApiCaller;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.access.internal.ApiClientStore.StoredClient;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a valid access token into the API client calling: the client is read again on every call, so a revoked
 * client's tokens are refused at once (401), not only when they expire; a token whose alliance is not its client's
 * is refused too. The scopes are those the token carries that the client still holds.
 */
@Component
class ApiClientTokens implements Converter<Jwt, AbstractAuthenticationToken> {

  /** The authority every API client holds, which the FHIR API's rules let in. */
  static final String ROLE = "API_CLIENT";

  private final ApiClientStore store;

  ApiClientTokens(ApiClientStore store) {
    this.store = store;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    String clientId = jwt.getClaimAsString("client_id");
    if (clientId == null) {
      throw new InvalidBearerTokenException("The token names no API client");
    }
    StoredClient stored = store.byClientId(clientId)
        .orElseThrow(() -> new InvalidBearerTokenException("The token names no API client"));
    if (stored.client().revoked()) {
      throw new InvalidBearerTokenException("This API client has been revoked");
    }
    if (!stored.allianceId().toString().equals(jwt.getClaimAsString("alliance_id"))) {
      throw new InvalidBearerTokenException("The token's alliance is not its client's");
    }
    Set<String> scopes = new LinkedHashSet<>(scopes(jwt));
    scopes.retainAll(stored.client().scopes());
    CurrentUser user = new CurrentUser(stored.client().id(), ApiCaller.username(clientId),
        stored.client().name() + " (API client)", Role.ADMIN, stored.allianceId(), stored.allianceName(), null,
        null);
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("ROLE_" + ROLE));
    scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
    return new ApiClientAuthentication(jwt, new ApiCaller(user, clientId, stored.client().name(), Set.copyOf(scopes)),
        authorities);
  }

  private static Collection<String> scopes(Jwt jwt) {
    Object scope = jwt.getClaim("scope");
    if (scope instanceof String words) {
      return List.of(words.trim().split("\\s+"));
    }
    if (scope instanceof Collection<?> items) {
      return items.stream().map(String::valueOf).toList();
    }
    return List.of();
  }
}
