/**
 * The FHIR R4 API at {@code /fhir}, aligned with the UK Core profiles: Bridgeway's records as Patient,
 * Organization, HealthcareService, Location, EpisodeOfCare, ServiceRequest, CareTeam, Encounter, CarePlan, Goal,
 * QuestionnaireResponse, Observation and Consent resources, read and
 * searched by partner systems over the same module APIs and access rules as the pages. HAPI FHIR's plain server
 * answers beside Spring MVC as a servlet; each resource provider maps one module's read records, and every read
 * and search goes through the owning module's access rules and is written to the audit trail, like a page view.
 *
 * <p>Who calls is taken from the security context by a {@code CallerSource}: today a signed-in Bridgeway
 * account (HTTP Basic); an OAuth client's principal can be mapped by another source without touching the
 * providers. Writing (transaction bundles) will sit beside the providers.
 *
 * <p>Bulk export ({@code $export}) runs a job per request in the background, writing each exported resource type
 * through its provider's own search into an NDJSON file kept with the job; its status and files are served at
 * {@code /fhir/bulk-export/...} to the account that started it or an administrator of its alliance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "FHIR API")
@org.jspecify.annotations.NullMarked
package org.bridgeway.fhir;
