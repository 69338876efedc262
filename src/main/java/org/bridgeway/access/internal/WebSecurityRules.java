package org.bridgeway.access.internal;

import org.bridgeway.access.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security rules. Every route is denied unless a rule below allows it. Pages use a session and a
 * sign-in form with CSRF protection; the JSON API under {@code /api} and the FHIR API under {@code /fhir} are
 * stateless with HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurityRules {

  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
      + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

  /**
   * The FHIR API: stateless, HTTP Basic with a Bridgeway account or a bearer token an API client got from
   * {@code /oauth2/token} (see {@link AuthorizationServerRules}), its CapabilityStatement open to anyone as FHIR
   * expects, everything else (reading, searching, and writing by posting bundles) for the roles that work with
   * records, person by person as the records' own rules allow, and for API clients within their alliance and their
   * scopes (which the FHIR API checks). Refusals are OperationOutcomes.
   */
  @Bean
  @Order(0)
  SecurityFilterChain fhir(HttpSecurity http, AuthenticationManager signIn, FhirRefusals refusals,
      JwtDecoder tokens, ApiClientTokens clients) throws Exception {
    http.securityMatcher("/fhir/**")
        .authenticationManager(signIn)
        .authorizeHttpRequests(rules -> rules
            .requestMatchers(HttpMethod.GET, "/fhir/metadata").permitAll()
            .requestMatchers(HttpMethod.GET, "/fhir/**")
                .hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER", ApiClientTokens.ROLE)
            .requestMatchers(HttpMethod.DELETE, "/fhir/bulk-export/*")
                .hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER", ApiClientTokens.ROLE)
            .requestMatchers(HttpMethod.POST, "/fhir", "/fhir/**")
                .hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER", ApiClientTokens.ROLE)
            .requestMatchers(HttpMethod.PUT, "/fhir", "/fhir/**")
                .hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER", ApiClientTokens.ROLE)
            .anyRequest().denyAll())
        .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
        .oauth2ResourceServer(resource -> resource.authenticationEntryPoint(refusals).accessDeniedHandler(refusals)
            .jwt(jwt -> jwt.authenticationManager(clientTokens(tokens, clients))))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
    headers(http);
    return http.build();
  }

  /** Checks an API client's bearer token and turns it into the client; apart from the accounts' sign-in. */
  private static AuthenticationManager clientTokens(JwtDecoder tokens, ApiClientTokens clients) {
    JwtAuthenticationProvider provider = new JwtAuthenticationProvider(tokens);
    provider.setJwtAuthenticationConverter(clients);
    return new ProviderManager(provider);
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AuthenticationManager signIn, ProblemResponses problems)
      throws Exception {
    http.securityMatcher("/api/**")
        .authenticationManager(signIn)
        .authorizeHttpRequests(rules -> rules
            .requestMatchers("/api/installation/**").hasRole(Role.INSTALLATION_ADMIN.name())
            .requestMatchers("/api/alliance/**").hasRole(Role.ADMIN.name())
            .requestMatchers("/api/people/*/packages", "/api/people/*/packages/**").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers(HttpMethod.POST, "/api/people/*/budgets", "/api/people/*/budgets/**")
                .hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER")
            .requestMatchers("/api/people/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/api/workforce").hasAnyRole("ADMIN", "MANAGER", "COMMISSIONER")
            .requestMatchers(HttpMethod.POST, "/api/rota/**").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/api/rota/**").hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER")
            .requestMatchers("/api/recruitment/figure").hasAnyRole("ADMIN", "MANAGER", "COMMISSIONER")
            .requestMatchers("/api/recruitment/**").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/api/caseload").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/api/me/**").hasRole(Role.PERSON.name())
            .requestMatchers("/api/pathway/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/api/plans/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/api/outcomes/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/api/health-checks/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/api/work/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/api/day-services/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers(HttpMethod.POST, "/api/panels").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/api/panels/**").hasAnyRole("ADMIN", "MANAGER", "PANEL_MEMBER")
            .requestMatchers("/api/referrals/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/api/money/rates", "/api/money/rates/**").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/api/money/cost", "/api/money/budget/*").hasAnyRole("ADMIN", "MANAGER", "COMMISSIONER")
            .requestMatchers("/api/figures").hasAnyRole("ADMIN", "MANAGER", "COMMISSIONER")
            .requestMatchers("/api/figures/charts/**").hasAnyRole("ADMIN", "MANAGER", "COMMISSIONER")
            .requestMatchers("/api/figures/*/records").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers(HttpMethod.POST, "/api/community/resources/*/withdraw").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers(HttpMethod.POST, "/api/community/resources").hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER")
            .requestMatchers(HttpMethod.PUT, "/api/community/resources/*").hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER")
            .requestMatchers("/api/community/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers(HttpMethod.POST, "/api/governance/**").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers(HttpMethod.PUT, "/api/governance/**").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/api/governance/initiatives", "/api/governance/initiatives/*")
                .hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER", "COMMISSIONER")
            .requestMatchers("/api/governance/forum/**").hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER")
            .anyRequest().denyAll())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    headers(http);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, AuthenticationManager signIn, ProblemResponses problems)
      throws Exception {
    http.authenticationManager(signIn)
        .authorizeHttpRequests(rules -> rules
            .requestMatchers("/login", "/assets/**", "/error", "/favicon.ico").permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
            .requestMatchers("/installation/**").hasRole(Role.INSTALLATION_ADMIN.name())
            .requestMatchers("/admin/api-clients", "/admin/api-clients/**").hasRole(Role.ADMIN.name())
            .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
            .requestMatchers("/people/*/money", "/people/*/money/**").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers(HttpMethod.POST, "/people/*/rota-right", "/people/*/rota-right/**")
                .hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers(HttpMethod.POST, "/people/*/budget", "/people/*/budget/**")
                .hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER")
            .requestMatchers("/people/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/imports", "/imports/**").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/workforce", "/workforce/chart.svg").hasAnyRole("ADMIN", "MANAGER", "COMMISSIONER")
            .requestMatchers(HttpMethod.POST, "/rota/**").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/rota", "/rota/*").hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER")
            .requestMatchers("/rota/*/patterns/*").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers(HttpMethod.POST, "/recruitment/**").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/recruitment/panels/*").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/recruitment").hasAnyRole("ADMIN", "MANAGER", "COMMISSIONER")
            .requestMatchers("/caseload").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/me/**").hasRole(Role.PERSON.name())
            .requestMatchers("/pathway/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/plans/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/outcomes/instruments/new", "/outcomes/instruments/*/edit").hasRole(Role.ADMIN.name())
            .requestMatchers(HttpMethod.POST, "/outcomes/**").hasRole(Role.ADMIN.name())
            .requestMatchers("/outcomes/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/health-checks", "/health-checks/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/work/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/day-services", "/day-services/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers(HttpMethod.POST, "/panels").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/panels/new", "/panels/waiting-lists/*/offer").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/panels/**").hasAnyRole("ADMIN", "MANAGER", "PANEL_MEMBER")
            .requestMatchers("/refer-yourself").permitAll()
            .requestMatchers("/referrals/decline-reasons/**").hasRole(Role.ADMIN.name())
            .requestMatchers("/referrals/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/money/rates", "/money/rates/**").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers(HttpMethod.POST, "/money/**").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/money", "/money/budget/*", "/money/budget/*/chart.svg")
                .hasAnyRole("ADMIN", "MANAGER", "COMMISSIONER")
            .requestMatchers("/figures").hasAnyRole("ADMIN", "MANAGER", "COMMISSIONER")
            .requestMatchers("/figures/charts", "/figures/charts/**").hasAnyRole("ADMIN", "MANAGER", "COMMISSIONER")
            .requestMatchers("/figures/*/records").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/reports", "/reports/**").hasAnyRole("ADMIN", "MANAGER", "COMMISSIONER")
            .requestMatchers("/exports/mhsds", "/exports/mhsds.zip").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/community/new", "/community/*/edit").hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER")
            .requestMatchers(HttpMethod.POST, "/community/*/withdraw").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers(HttpMethod.POST, "/community", "/community/*").hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER")
            .requestMatchers("/community", "/community/**").hasAnyRole(Role.RECORD_ROLES)
            .requestMatchers("/you-said-we-did/*").permitAll()
            .requestMatchers(HttpMethod.POST, "/governance/**").hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/governance/forum/meetings/new", "/governance/forum/meetings/*/edit",
                "/governance/forum/meetings/*/void", "/governance/forum/meetings/*/attendees/**",
                "/governance/forum/issues/**", "/governance/forum/actions/*/void",
                "/governance/initiatives/new", "/governance/initiatives/*/edit", "/governance/initiatives/*/void",
                "/governance/initiatives/*/milestones/**", "/governance/initiatives/*/measures/**")
                .hasAnyRole("ADMIN", "MANAGER")
            .requestMatchers("/governance/forum", "/governance/forum/**").hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER")
            .requestMatchers("/governance/initiatives", "/governance/initiatives/**")
                .hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER", "COMMISSIONER")
            .requestMatchers("/hub/**").hasAnyRole("ADMIN", "MANAGER", "PRACTITIONER", "PANEL_MEMBER", "COMMISSIONER")
            .requestMatchers("/", "/account/**", "/logout").authenticated()
            .anyRequest().denyAll())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
            .failureHandler(new SignInFailure()))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
        .exceptionHandling(errors -> errors.accessDeniedHandler(problems.forPages()))
        .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
    headers(http);
    return http.build();
  }

  static void headers(HttpSecurity http) throws Exception {
    http.headers(headers -> headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .frameOptions(frame -> frame.deny())
        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
  }
}
