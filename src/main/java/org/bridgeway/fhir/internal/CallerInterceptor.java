package org.bridgeway.fhir.internal;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Finds the user every FHIR request acts for, before any provider runs, and keeps it on the request. The
 * security filters already refuse other roles; this checks again, so that a provider can never run for a
 * caller the FHIR API does not serve. Only the CapabilityStatement is open to anyone.
 */
@Component
@Interceptor
class CallerInterceptor {

  static final Set<Role> RECORD_ROLES = EnumSet.of(Role.ADMIN, Role.MANAGER, Role.PRACTITIONER);
  private static final String USER = CallerInterceptor.class.getName() + ".user";

  private final List<CallerSource> sources;

  CallerInterceptor(List<CallerSource> sources) {
    this.sources = sources;
  }

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean identify(RequestDetails request) {
    if (request.getRestOperationType() == RestOperationTypeEnum.METADATA) {
      return true;
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    CurrentUser user = authentication == null ? null : sources.stream()
        .flatMap(source -> source.caller(authentication).stream()).findFirst().orElse(null);
    if (user == null) {
      throw new AuthenticationException("Sign in with your Bridgeway username and password.");
    }
    if (!RECORD_ROLES.contains(user.role()) || user.allianceId() == null) {
      throw new ForbiddenOperationException("Your role does not allow this.");
    }
    request.getUserData().put(USER, user);
    return true;
  }

  /** The user who signed in, as the FHIR API serves them, if any. */
  java.util.Optional<CurrentUser> signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? java.util.Optional.empty()
        : sources.stream().flatMap(source -> source.caller(authentication).stream()).findFirst()
            .filter(user -> RECORD_ROLES.contains(user.role()) && user.allianceId() != null);
  }

  /** A request made inside the server on the user's behalf (a bulk export), for the providers to serve. */
  static RequestDetails actingFor(CurrentUser user) {
    RequestDetails request = new ca.uhn.fhir.rest.api.server.SystemRequestDetails();
    request.getUserData().put(USER, user);
    return request;
  }

  /** The user the request acts for; set before any provider runs. */
  static CurrentUser user(RequestDetails request) {
    Object user = request.getUserData().get(USER);
    if (!(user instanceof CurrentUser current)) {
      throw new AuthenticationException("Sign in with your Bridgeway username and password.");
    }
    return current;
  }
}
