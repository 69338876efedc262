package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.StringParam;
import java.util.List;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.hl7.fhir.r4.model.HealthcareService;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** HealthcareService: every service of the alliance. Read by id; search by {@code name} and {@code organization}. */
@Component
class HealthcareServiceProvider implements BridgewayResourceProvider {

  private final ServiceReads services;

  HealthcareServiceProvider(ServiceReads services) {
    this.services = services;
  }

  @Override
  public Class<HealthcareService> getResourceType() {
    return HealthcareService.class;
  }

  @Read
  public HealthcareService read(@IdParam IdType id, RequestDetails request) {
    return ServiceMapping.healthcareService(services.one(CallerInterceptor.user(request), id, "HealthcareService"));
  }

  @Search
  public IBundleProvider search(
      @OptionalParam(name = HealthcareService.SP_NAME) @Nullable StringParam name,
      @OptionalParam(name = HealthcareService.SP_ORGANIZATION) @Nullable ReferenceParam organization,
      @Offset @Nullable Integer offset, @Count @Nullable Integer count, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    List<ServiceRecord> matched = services.all(user).stream()
        .filter(s -> name == null || ServiceMapping.wordStartsWith(s.name(), name.getValue()))
        .filter(s -> organization == null || s.organisationId().toString().equals(organization.getIdPart()))
        .toList();
    services.searched(user, "HealthcareService", matched.size());
    return Matches.page(matched, offset, count, ServiceMapping::healthcareService);
  }
}
