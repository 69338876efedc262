package org.bridgeway.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bridgeway.access.Role;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/**
 * Answers refusals. On the JSON API as RFC 9457 problem details; on the pages with the error page. A person who
 * uses services is told "not found" for anything that is not theirs, so that no address says whether another
 * person's record, or any worker's page, exists. A form sent without its token is refused as forbidden for
 * everyone.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final AccessDeniedHandler pages = new AccessDeniedHandlerImpl();

  /** The pages' refusals: the 403 error page, or the 404 one for a person who uses services. */
  AccessDeniedHandler forPages() {
    return (request, response, e) -> {
      if (person() && !(e instanceof CsrfException)) {
        response.sendError(404);
      } else {
        pages.handle(request, response, e);
      }
    };
  }

  private static boolean person() {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    return signedIn != null && signedIn.getAuthorities().stream()
        .anyMatch(a -> Role.PERSON.authority().equals(a.getAuthority()));
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Bridgeway\"");
    write(response, 401, "Unauthorized", "Sign in with your Bridgeway username and password.");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    if (person() && !(e instanceof CsrfException)) {
      write(response, 404, "Not Found", "There is nothing at this address for you.");
    } else {
      write(response, 403, "Forbidden", "Your role does not allow this.");
    }
  }

  private static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
        + ",\"detail\":\"" + detail + "\"}");
  }
}
