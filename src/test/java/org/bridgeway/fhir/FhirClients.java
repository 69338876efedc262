package org.bridgeway.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.careteam.Scene;

/** HAPI FHIR's own client, calling the running test server as a partner system would. */
final class FhirClients {

  static final FhirContext FHIR = FhirContext.forR4Cached();

  static {
    FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
  }

  private FhirClients() {}

  static IGenericClient anonymous(int port) {
    return FHIR.newRestfulGenericClient("http://localhost:" + port + "/fhir");
  }

  /** Signed in with HTTP Basic as the user, whose account the scene opened with its password. */
  static IGenericClient as(int port, CurrentUser user) {
    IGenericClient client = anonymous(port);
    client.registerInterceptor(new BasicAuthInterceptor(user.username(), Scene.PASSWORD));
    return client;
  }

  /** Calling with an API client's bearer token, as a partner system does after asking /oauth2/token. */
  static IGenericClient bearer(int port, String token) {
    IGenericClient client = anonymous(port);
    client.registerInterceptor(new BearerTokenAuthInterceptor(token));
    return client;
  }
}
