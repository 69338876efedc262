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
import java.util.Locale;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Location;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Location: the place of each service that has an address or postcode (a team without one has no Location).
 * Read by id; search by {@code name}, {@code address-postalcode} (its start) and {@code organization}.
 */
@Component
class LocationProvider implements BridgewayResourceProvider {

  private final ServiceReads services;

  LocationProvider(ServiceReads services) {
    this.services = services;
  }

  @Override
  public Class<Location> getResourceType() {
    return Location.class;
  }

  @Read
  public Location read(@IdParam IdType id, RequestDetails request) {
    ServiceRecord service = services.one(CallerInterceptor.user(request), id, "Location");
    if (!ServiceMapping.isPlace(service)) {
      throw Refusals.notFound(id);
    }
    return ServiceMapping.location(service);
  }

  @Search
  public IBundleProvider search(
      @OptionalParam(name = Location.SP_NAME) @Nullable StringParam name,
      @OptionalParam(name = Location.SP_ADDRESS_POSTALCODE) @Nullable StringParam postcode,
      @OptionalParam(name = Location.SP_ORGANIZATION) @Nullable ReferenceParam organization,
      @Offset @Nullable Integer offset, @Count @Nullable Integer count, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    List<ServiceRecord> matched = services.all(user).stream().filter(ServiceMapping::isPlace)
        .filter(s -> name == null || ServiceMapping.wordStartsWith(s.name(), name.getValue()))
        .filter(s -> postcode == null || postcodeStartsWith(s, postcode.getValue()))
        .filter(s -> organization == null || s.organisationId().toString().equals(organization.getIdPart()))
        .toList();
    services.searched(user, "Location", matched.size());
    return Matches.page(matched, offset, count, ServiceMapping::location);
  }

  private static boolean postcodeStartsWith(ServiceRecord service, @Nullable String searched) {
    String compact = searched == null ? "" : searched.replace(" ", "").toUpperCase(Locale.ROOT);
    return service.postcode() != null && service.postcode().replace(" ", "").startsWith(compact);
  }
}
