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
import org.bridgeway.access.ApiCaller;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.hl7.fhir.r4.model.Bundle;
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
      throw new AuthenticationException("Sign in with your Bridgeway username and password, or send an API client's bearer token.");
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

  /**
   * An API client may only read the resource types its scopes cover ({@code system/Patient.read} or
   * {@code system/*.read}) and only create or change those its write scopes cover; a transaction or batch needs a
   * write scope for every resource type it carries (and a read scope for each one it only reads). Checked once
   * the request is parsed, before the provider runs; a refusal is a 403 OperationOutcome. Signed-in accounts are
   * not limited by scopes.
   */
  @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
  public void checkScopes(RequestDetails request, RestOperationTypeEnum operation) {
    if (operation == RestOperationTypeEnum.METADATA) {
      return;
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof ApiCaller client)) {
      return;
    }
    if (operation == RestOperationTypeEnum.TRANSACTION || operation == RestOperationTypeEnum.BATCH) {
      if (!(request.getResource() instanceof Bundle bundle)) {
        requireWrite(client, "*");
        return;
      }
      for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
        boolean reads = entry.getRequest().getMethod() == Bundle.HTTPVerb.GET
            || entry.getRequest().getMethod() == Bundle.HTTPVerb.HEAD;
        String type = entry.getResource() != null ? entry.getResource().fhirType() : typeOf(entry.getRequest().getUrl());
        if (reads) {
          requireRead(client, type);
        } else {
          requireWrite(client, type);
        }
      }
      return;
    }
    String type = request.getResourceName() == null ? "*" : request.getResourceName();
    if (WRITES.contains(operation)) {
      requireWrite(client, type);
    } else {
      requireRead(client, type);
    }
  }

  private static final Set<RestOperationTypeEnum> WRITES = EnumSet.of(RestOperationTypeEnum.CREATE,
      RestOperationTypeEnum.UPDATE, RestOperationTypeEnum.PATCH, RestOperationTypeEnum.DELETE,
      RestOperationTypeEnum.META_ADD, RestOperationTypeEnum.META_DELETE);

  private static void requireRead(ApiCaller client, String type) {
    if (!client.mayRead(type)) {
      throw new ForbiddenOperationException("This API client's scopes do not let it read " + type
          + " resources: it needs system/" + type + ".read or system/*.read.");
    }
  }

  private static void requireWrite(ApiCaller client, String type) {
    if (!client.mayWrite(type)) {
      throw new ForbiddenOperationException("This API client's scopes do not let it write " + type
          + " resources: it needs system/" + type + ".write or system/*.write.");
    }
  }

  /** The resource type a bundle entry's request URL names, like {@code Patient} in {@code Patient?identifier=}. */
  private static String typeOf(String url) {
    String path = url == null ? "" : url.replaceFirst("^.*/fhir/", "");
    String type = path.split("[/?]", 2)[0];
    return type.isBlank() ? "*" : type;
  }

  /** The user the request acts for; set before any provider runs. */
  static CurrentUser user(RequestDetails request) {
    Object user = request.getUserData().get(USER);
    if (!(user instanceof CurrentUser current)) {
      throw new AuthenticationException("Sign in with your Bridgeway username and password, or send an API client's bearer token.");
    }
    return current;
  }
}
