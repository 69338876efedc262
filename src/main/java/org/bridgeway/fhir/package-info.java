/**
 * The FHIR R4 API at {@code /fhir}, aligned with the UK Core profiles: Bridgeway's records as Patient,
 * Organization, HealthcareService, Location, EpisodeOfCare, ServiceRequest and CareTeam resources, read and
 * searched by partner systems over the same module APIs and access rules as the pages. HAPI FHIR's plain server
 * answers beside Spring MVC as a servlet; each resource provider maps one module's read records, and every read
 * and search goes through the owning module's access rules and is written to the audit trail, like a page view.
 *
 * <p>Who calls is taken from the security context by a {@code CallerSource}: a signed-in Bridgeway account (HTTP
 * Basic), or an API client with a bearer token from {@code /oauth2/token}, which acts for its own alliance with an
 * alliance administrator's reach over records, narrowed by its SMART system scopes; the scopes are checked before
 * any provider runs, and the audit trail names the client. Writing (transaction bundles) and bulk export will sit
 * beside the providers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "FHIR API")
@org.jspecify.annotations.NullMarked
package org.bridgeway.fhir;
