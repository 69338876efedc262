package org.bridgeway.access.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Keeps no record of the tokens issued. Client credentials tokens are signed JWTs that carry everything the FHIR
 * API needs, and every call checks the client itself, so nothing has to be looked up later; keeping them in
 * memory would only grow without end, and would differ from node to node.
 */
class NoAuthorizationsKept implements OAuth2AuthorizationService {

  @Override
  public void save(OAuth2Authorization authorization) {}

  @Override
  public void remove(OAuth2Authorization authorization) {}

  @Override
  public @Nullable OAuth2Authorization findById(String id) {
    return null;
  }

  @Override
  public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
    return null;
  }
}
