package org.bridgeway.access.internal;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are checked: Argon2 hashes, with failed sign-ins counted by {@link SignInThrottle}. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
  }

  @Bean
  AuthenticationManager authenticationManager(
      AccountStore accounts, PasswordEncoder encoder, ApplicationEventPublisher events) {
    ProviderManager manager = new ProviderManager(new SignInProvider(accounts, encoder));
    manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
    return manager;
  }
}
