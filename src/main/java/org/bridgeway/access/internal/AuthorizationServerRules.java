package org.bridgeway.access.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.JOSEException;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Bridgeway's own OAuth 2.0 authorization server, for API clients only: {@code POST /oauth2/token} with the
 * client credentials grant answers a JWT signed with the installation's {@link SigningKey}, living five minutes,
 * that carries the client id, its alliance and its scopes (all the client holds when it asks for none). The
 * public key is at {@code /oauth2/jwks}. Its chain comes before every other, and lets nothing else through.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AuthorizationServerRules {

  @Bean
  @Order(-1)
  SecurityFilterChain authorizationServer(HttpSecurity http, ApiClientRegistrations clients) throws Exception {
    http.oauth2AuthorizationServer(server -> {
          http.securityMatcher(server.getEndpointsMatcher());
          server.registeredClientRepository(clients).authorizationService(new NoAuthorizationsKept());
        })
        .authorizeHttpRequests(rules -> rules.anyRequest().authenticated())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable());
    WebSecurityRules.headers(http);
    return http.build();
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings() {
    return AuthorizationServerSettings.builder().build();
  }

  @Bean
  JWKSource<SecurityContext> jwkSource(SigningKey key) {
    return (selector, context) -> selector.select(new JWKSet(key.key()));
  }

  /** Checks a token's signature and lifetime; the key is read on the first token, not at start. */
  @Bean
  JwtDecoder jwtDecoder(SigningKey key) {
    return new JwtDecoder() {
      private volatile JwtDecoder decoder;

      @Override
      public Jwt decode(String token) {
        JwtDecoder current = decoder;
        if (current == null) {
          try {
            current = NimbusJwtDecoder.withPublicKey(key.key().toRSAPublicKey()).build();
          } catch (JOSEException e) {
            throw new IllegalStateException("The token signing key is not an RSA key", e);
          }
          decoder = current;
        }
        return current.decode(token);
      }
    };
  }

  /** Adds the client id and its alliance to every access token, and all its scopes when it asked for none. */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> apiClientClaims() {
    return context -> {
      if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
        return;
      }
      RegisteredClient client = context.getRegisteredClient();
      context.getClaims().claim("client_id", client.getClientId())
          .claim("alliance_id", (String) client.getClientSettings().getSetting(ApiClientRegistrations.ALLIANCE));
      if (context.getAuthorizedScopes().isEmpty()) {
        context.getClaims().claim("scope", Set.copyOf(client.getScopes()));
      }
    };
  }
}
