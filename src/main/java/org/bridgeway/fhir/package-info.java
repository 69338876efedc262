/**
 * The FHIR R4 API at {@code /fhir}, aligned with the UK Core profiles: Bridgeway's records as Patient,
 * Organization, HealthcareService, Location, EpisodeOfCare, ServiceRequest, CareTeam, Encounter, CarePlan, Goal,
 * QuestionnaireResponse, Observation and Consent resources, read and
 * searched by partner systems over the same module APIs and access rules as the pages. HAPI FHIR's plain server
 * answers beside Spring MVC as a servlet; each resource provider maps one module's read records, and every read
 * and search goes through the owning module's access rules and is written to the audit trail, like a page view.
 *
 * <p>Who calls is taken from the security context by a {@code CallerSource}: a signed-in Bridgeway account (HTTP
 * Basic), or an API client with a bearer token from {@code /oauth2/token}, which acts for its own alliance with an
 * alliance administrator's reach over records, narrowed by its SMART system scopes; the scopes are checked before
 * any provider runs, and the audit trail names the client. Transaction and batch bundles posted to {@code /fhir}
 * write people, stays and contacts through the people, pathway and notes modules' services (their rules, access
 * checks and audit), one intake per resource type; the identifiers other systems give their resources are kept
 * here, for conditional creates.
 *
 * <p>Bulk export ({@code $export}) runs a job per request in the background, writing each exported resource type
 * through its provider's own search into an NDJSON file kept with the job; its status and files are served at
 * {@code /fhir/bulk-export/...} to the account that started it or an administrator of its alliance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "FHIR API")
@org.jspecify.annotations.NullMarked
package org.bridgeway.fhir;
