package org.bridgeway.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;

/**
 * HAPI FHIR's plain server over Bridgeway's modules: JSON unless the caller asks for XML, pages of 20 (at most
 * 100) with {@code _count}, and the CapabilityStatement HAPI writes from the providers at {@code /fhir/metadata}.
 * Transaction and batch bundles posted to {@code /fhir} itself write. No search is kept between requests: the next page is asked for by offset, so any node can answer it.
 */
class FhirServer extends RestfulServer {

  static final int PAGE_SIZE = 20;
  static final int MOST_PER_PAGE = 100;

  FhirServer(FhirContext fhir, List<BridgewayResourceProvider> providers, BundleProvider bundles,
      CallerInterceptor callers, BundleLimits limits, BulkExportOperation bulkExport) {
    super(fhir);
    setServerName("Bridgeway FHIR API");
    setImplementationDescription("Bridgeway: the shared record of a community mental-health alliance, aligned with UK Core");
    setDefaultResponseEncoding(EncodingEnum.JSON);
    setDefaultPageSize(PAGE_SIZE);
    setMaximumPageSize(MOST_PER_PAGE);
    setResourceProviders(List.copyOf(providers));
    setPlainProviders(bulkExport);
    registerProvider(bundles);
    registerInterceptor(callers);
    registerInterceptor(limits);
  }
}
