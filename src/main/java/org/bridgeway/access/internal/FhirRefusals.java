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
    response.setHeader("WWW-Authenticate", "Basic realm=\"Bridgeway\"");
    write(response, 401, "login", "Sign in with your Bridgeway username and password.");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(response, 403, "forbidden", "Your role does not allow this.");
  }

  private static void write(HttpServletResponse response, int status, String code, String diagnostics)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/fhir+json;charset=UTF-8");
    response.getWriter().write("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\""
        + code + "\",\"diagnostics\":\"" + diagnostics + "\"}]}");
  }
}
