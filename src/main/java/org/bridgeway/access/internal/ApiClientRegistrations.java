package org.bridgeway.access.internal;

import java.time.Duration;
import java.util.UUID;
import org.bridgeway.access.internal.ApiClientStore.StoredClient;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The authorization server's view of the API clients in table {@code api_client}: each may use the client
 * credentials grant only, signing in with its secret (HTTP Basic or form fields), for a signed JWT that lives five
 * minutes. A revoked client is not found, so it gets no token. Clients are registered by
 * {@link org.bridgeway.access.ApiClients}, never through this repository.
 */
@Component
class ApiClientRegistrations implements RegisteredClientRepository {

  static final Duration TOKEN_LIFE = Duration.ofMinutes(5);
  static final String ALLIANCE = "bridgeway.alliance-id";

  private final ApiClientStore store;

  ApiClientRegistrations(ApiClientStore store) {
    this.store = store;
  }

  /** Only a new hash of an existing client's secret is saved, when the password encoder upgrades it. */
  @Override
  public void save(RegisteredClient client) {
    if (client.getClientSecret() != null) {
      store.rehash(client.getClientId(), client.getClientSecret());
    }
  }

  @Override
  public @Nullable RegisteredClient findById(String id) {
    try {
      return store.byId(UUID.fromString(id)).filter(c -> !c.client().revoked()).map(ApiClientRegistrations::registered)
          .orElse(null);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public @Nullable RegisteredClient findByClientId(String clientId) {
    return store.byClientId(clientId).filter(c -> !c.client().revoked()).map(ApiClientRegistrations::registered)
        .orElse(null);
  }

  private static RegisteredClient registered(StoredClient stored) {
    return RegisteredClient.withId(stored.client().id().toString())
        .clientId(stored.client().clientId())
        .clientIdIssuedAt(stored.client().createdAt())
        .clientSecret(stored.secretHash())
        .clientName(stored.client().name())
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .scopes(scopes -> scopes.addAll(stored.client().scopes()))
        .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false)
            .setting(ALLIANCE, stored.allianceId().toString()).build())
        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFE)
            .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED).build())
        .build();
  }
}
