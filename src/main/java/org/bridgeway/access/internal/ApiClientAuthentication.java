package org.bridgeway.access.internal;

import java.util.Collection;
import java.util.Map;
import org.bridgeway.access.ApiCaller;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** An API client let in by its bearer token: the principal is the {@link ApiCaller}, the credentials the token. */
class ApiClientAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

  ApiClientAuthentication(Jwt token, ApiCaller caller, Collection<? extends GrantedAuthority> authorities) {
    super(token, caller, token, authorities);
    setAuthenticated(true);
  }

  @Override
  public Map<String, Object> getTokenAttributes() {
    return getToken().getClaims();
  }
}
