package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The resource types a bulk export writes, each through its provider's own search (or read), so an exported
 * resource is what a search would answer, under the same access rules and audit. A type is one line below: either
 * for the alliance as a whole, searched page by page from an offset, or for each person the caller may open,
 * searched by {@code patient}.
 */
@Component
class ExportedTypes {

  /** A search from an offset, one page of at most {@link FhirServer#MOST_PER_PAGE}. */
  interface AllianceSearch {
    IBundleProvider page(RequestDetails request, int offset);
  }

  /** A search for one person, from an offset. */
  interface PatientSearch {
    IBundleProvider page(RequestDetails request, ReferenceParam patient, int offset);
  }

  /** A type and how to search it: one of the two is set. */
  record ExportedType(String name, @Nullable AllianceSearch alliance, @Nullable PatientSearch patient) {

    boolean perPatient() {
      return patient != null;
    }
  }

  private static final int MOST = FhirServer.MOST_PER_PAGE;

  private final List<ExportedType> all;

  ExportedTypes(OrganizationProvider organisations, HealthcareServiceProvider services, LocationProvider locations,
      PatientProvider patients, EpisodeOfCareProvider episodes, ServiceRequestProvider requests,
      CareTeamProvider careTeams, EncounterProvider encounters, CarePlanProvider carePlans, GoalProvider goals,
      QuestionnaireResponseProvider responses, ObservationProvider observations, ConsentProvider consents) {
    all = List.of(
        alliance("Organization", (r, at) -> organisations.search(null, null, at, MOST, r)),
        alliance("HealthcareService", (r, at) -> services.search(null, null, at, MOST, r)),
        alliance("Location", (r, at) -> locations.search(null, null, null, at, MOST, r)),
        patient("Patient", (r, p, at) -> Matches.page(List.of(patients.read(new IdType(p.getValue()), r)), at, MOST,
            resource -> resource)),
        patient("EpisodeOfCare", (r, p, at) -> episodes.search(p, null, null, at, MOST, r)),
        patient("ServiceRequest", (r, p, at) -> requests.search(p, at, MOST, r)),
        patient("CareTeam", (r, p, at) -> careTeams.search(p, at, MOST, r)),
        patient("Encounter", (r, p, at) -> encounters.search(p, null, at, MOST, r)),
        patient("CarePlan", (r, p, at) -> carePlans.search(p, at, MOST, r)),
        patient("Goal", (r, p, at) -> goals.search(p, at, MOST, r)),
        patient("QuestionnaireResponse", (r, p, at) -> responses.search(p, null, at, MOST, r)),
        patient("Observation", (r, p, at) -> observations.search(p, null, null, at, MOST, r)),
        patient("Consent", (r, p, at) -> consents.search(p, at, MOST, r)));
  }

  List<ExportedType> all() {
    return all;
  }

  Optional<ExportedType> named(String name) {
    return all.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** Every resource of the search, page after page. */
  static List<IBaseResource> every(java.util.function.IntFunction<IBundleProvider> pageAt) {
    List<IBaseResource> found = new ArrayList<>();
    int offset = 0;
    IBundleProvider page;
    do {
      page = pageAt.apply(offset);
      found.addAll(page.getResources(0, MOST));
      offset += MOST;
    } while (page.size() != null && offset < page.size());
    return found;
  }

  private static ExportedType alliance(String name, AllianceSearch search) {
    return new ExportedType(name, search, null);
  }

  private static ExportedType patient(String name, PatientSearch search) {
    return new ExportedType(name, null, search);
  }
}
