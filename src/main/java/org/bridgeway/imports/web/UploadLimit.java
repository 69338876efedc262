package org.bridgeway.imports.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bridgeway.imports.Imports;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload far over the limit is refused before anything reads it. The server would otherwise stop reading the
 * form part way, when the first filter asks for a form field, and answer with a bare error page that does not
 * say why. Files up to {@link #LARGEST_REQUEST} bytes of request reach the upload page, which refuses any over
 * {@link Imports#LARGEST_FILE} with the reason beside the field; a larger request is sent back to the upload
 * page with the same reason. Nothing is kept either way, and the answer changes nothing, so it needs no sign-in.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimit {

  /** The multipart limit in application.properties (max-request-size): a little over the largest file. */
  static final long LARGEST_REQUEST = 60L * 1024 * 1024;
  static final String REFUSED = "too-large";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> importUploadLimit() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > LARGEST_REQUEST) {
          response.setStatus(HttpServletResponse.SC_SEE_OTHER);
          response.setHeader("Location", request.getContextPath() + "/imports?refused=" + REFUSED);
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.addUrlPatterns("/imports");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
