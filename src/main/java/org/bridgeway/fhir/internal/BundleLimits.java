package org.bridgeway.fhir.internal;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import org.springframework.stereotype.Component;

/**
 * Refuses a request body over {@value #MOST_BYTES} bytes (10 MB) with 413 before it is read, so that an
 * oversized bundle costs the server nothing. The number of entries is limited where the bundle is taken.
 */
@Component
@Interceptor
class BundleLimits {

  static final long MOST_BYTES = 10L * 1024 * 1024;

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
  public boolean limit(RequestDetails request) {
    if (request instanceof ServletRequestDetails servlet
        && servlet.getServletRequest().getContentLengthLong() > MOST_BYTES) {
      throw new PayloadTooLargeException("The request is " + servlet.getServletRequest().getContentLengthLong()
          + " bytes; send at most " + MOST_BYTES + " bytes (10 MB) in one request. Nothing was saved.");
    }
    return true;
  }
}
