package org.bridgeway.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the FHIR server as a servlet at {@code /fhir/*}, beside Spring MVC's dispatcher. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class FhirServerConfiguration {

  @Bean
  ServletRegistrationBean<FhirServer> fhirServlet(FhirContext fhir, List<BridgewayResourceProvider> providers,
      BundleProvider bundles, CallerInterceptor callers, BundleLimits limits, BulkExportOperation bulkExport) {
    ServletRegistrationBean<FhirServer> registration = new ServletRegistrationBean<>(
        new FhirServer(fhir, providers, bundles, callers, limits, bulkExport), "/fhir/*");
    registration.setName("fhir");
    registration.setLoadOnStartup(1);
    return registration;
  }

  /** A bulk export's status and files: their own servlet, as FHIR operations cannot answer DELETE. */
  @Bean
  ServletRegistrationBean<BulkExportServlet> bulkExportServlet(BulkExports exports, CallerInterceptor callers,
      FhirContext fhir) {
    ServletRegistrationBean<BulkExportServlet> registration = new ServletRegistrationBean<>(
        new BulkExportServlet(exports, callers, fhir), "/fhir" + BulkExportOperation.STATUS_PATH + "*");
    registration.setName("fhirBulkExport");
    return registration;
  }
}
