package org.bridgeway.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HAPI's FHIR R4 context, for the server and for the work that runs without it (a bulk export's background job,
 * the command-line tools that start Bridgeway without its web server).
 */
@Configuration(proxyBeanMethods = false)
class FhirContextConfiguration {

  @Bean
  FhirContext fhirContext() {
    return FhirContext.forR4Cached();
  }
}
