package org.bridgeway.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers refusals on the FHIR API as FHIR clients expect them: an OperationOutcome. Unlike the pages, a person
 * who uses services is told "forbidden" like any other role without the right: the API's resource types are
 * public in its CapabilityStatement, so saying that they exist gives nothing away.
 */
@Component
class FhirRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      write(response, 401, "login", "The access token was refused (" + plain(e.getMessage())
          + "): it may have expired, or its client was revoked. Get a new token.");
      return;
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"Bridgeway\"");
    response.addHeader("WWW-Authenticate", "Bearer");
    write(response, 401, "login",
        "Sign in with your Bridgeway username and password, or send an API client's bearer token.");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(response, 403, "forbidden", "Your role does not allow this.");
  }

  /** A refusal's reason, fit to quote inside a JSON string. */
  private static String plain(@org.jspecify.annotations.Nullable String message) {
    return message == null ? "no reason given" : message.replaceAll("[\\\\\"\\p{Cntrl}]", " ");
  }

  private static void write(HttpServletResponse response, int status, String code, String diagnostics)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/fhir+json;charset=UTF-8");
    response.getWriter().write("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\""
        + code + "\",\"diagnostics\":\"" + diagnostics + "\"}]}");
  }
}
