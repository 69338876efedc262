package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Organisation;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Organization: the alliance's partner organisations, with their ODS code as a UK Core identifier where one is
 * held. Read by id; search by {@code name} (the start of any word of it) and {@code identifier} (an ODS code).
 */
@Component
class OrganizationProvider implements BridgewayResourceProvider {

  private final Organisations organisations;
  private final AuditTrail audit;

  OrganizationProvider(Organisations organisations, AuditTrail audit) {
    this.organisations = organisations;
    this.audit = audit;
  }

  @Override
  public Class<Organization> getResourceType() {
    return Organization.class;
  }

  @Read
  public Organization read(@IdParam IdType id, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    UUID organisationId = Refusals.uuid(id);
    Organisation organisation = Refusals.answer(id, () -> organisations.get(user.alliance(), organisationId));
    audit.record(user, user.alliance(), AuditAction.VIEW, "Organisation", organisationId, null, "FHIR Organization");
    return organization(organisation);
  }

  @Search
  public IBundleProvider search(
      @OptionalParam(name = Organization.SP_NAME) @Nullable StringParam name,
      @OptionalParam(name = Organization.SP_IDENTIFIER) @Nullable TokenParam identifier,
      @Offset @Nullable Integer offset, @Count @Nullable Integer count, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    List<Organisation> matched = organisations.all(user.alliance()).stream()
        .filter(o -> name == null || ServiceMapping.wordStartsWith(o.name(), name.getValue()))
        .filter(o -> identifier == null || odsMatches(o, identifier)).toList();
    audit.record(user, user.alliance(), AuditAction.SEARCH, "Organisation", null, null,
        "FHIR Organization search: " + matched.size() + " found");
    return Matches.page(matched, offset, count, OrganizationProvider::organization);
  }

  private static boolean odsMatches(Organisation organisation, TokenParam identifier) {
    boolean system = identifier.getSystem() == null || identifier.getSystem().isBlank()
        || UkCore.ODS_ORGANISATION.equals(identifier.getSystem());
    return system && organisation.odsCode() != null && identifier.getValue() != null
        && organisation.odsCode().equals(identifier.getValue().trim().toUpperCase(Locale.ROOT));
  }

  static Organization organization(Organisation organisation) {
    Organization resource = new Organization();
    resource.setId(organisation.id().toString());
    resource.setMeta(UkCore.meta(UkCore.ORGANIZATION).setVersionId(String.valueOf(organisation.version())));
    if (organisation.odsCode() != null) {
      resource.addIdentifier().setSystem(UkCore.ODS_ORGANISATION).setValue(organisation.odsCode());
    }
    resource.setActive(true);
    resource.setName(organisation.name());
    return resource;
  }
}
