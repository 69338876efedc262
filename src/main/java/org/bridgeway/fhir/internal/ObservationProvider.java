package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.health.Element;
import org.bridgeway.health.HealthCheck;
import org.bridgeway.health.HealthChecks;
import org.bridgeway.outcomes.OutcomeResponse;
import org.bridgeway.outcomes.Outcomes;
import org.bridgeway.work.PersonWork;
import org.bridgeway.work.VocationalStatus;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Observation: a person's outcome scores (outcomes module), health-check values (health module) and vocational
 * status (work module). Read by id; search by {@code patient}, narrowed by {@code code} ({@code system|code}, or a
 * code alone) and {@code date} (the day taken), oldest first, voided records left out. Each module opens its
 * records only to those who may open the person's, and audits the read; a search reads only the modules whose
 * code system the {@code code} names.
 */
@Component
class ObservationProvider implements BridgewayResourceProvider {

  private final Outcomes outcomes;
  private final HealthChecks healthChecks;
  private final PersonWork work;

  ObservationProvider(Outcomes outcomes, HealthChecks healthChecks, PersonWork work) {
    this.outcomes = outcomes;
    this.healthChecks = healthChecks;
    this.work = work;
  }

  @Override
  public Class<Observation> getResourceType() {
    return Observation.class;
  }

  @Read
  public Observation read(@IdParam IdType id, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    var key = ObservationMapping.key(id.getIdPart() == null ? "" : id.getIdPart())
        .orElseThrow(() -> Refusals.notFound(id));
    return switch (key.kind()) {
      case OUTCOME_SCORE -> {
        OutcomeResponse response = Refusals.answer(id, () -> outcomes.response(user, key.personId(), key.recordId()));
        String name = outcomes.instrument(user, response.instrumentCode()).name();
        yield response.scores().stream().filter(s -> s.position() == key.part()).findFirst()
            .map(s -> ObservationMapping.score(response, s, name)).orElseThrow(() -> Refusals.notFound(id));
      }
      case HEALTH_CHECK -> {
        if (key.part() < 0 || key.part() >= Element.values().length) {
          throw Refusals.notFound(id);
        }
        HealthCheck check = Refusals.answer(id, () -> healthChecks.get(user, key.personId(), key.recordId())).check();
        yield check.reading(Element.values()[key.part()]).map(r -> ObservationMapping.reading(check, r))
            .orElseThrow(() -> Refusals.notFound(id));
      }
      case WORK_STATUS -> Refusals.answer(id, () -> work.of(user, key.personId())).statuses().stream()
          .filter(s -> s.id().equals(key.recordId())).findFirst().map(ObservationMapping::status)
          .orElseThrow(() -> Refusals.notFound(id));
    };
  }

  @Search
  public IBundleProvider search(@RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Observation.SP_CODE) @Nullable TokenParam code,
      @OptionalParam(name = Observation.SP_DATE) @Nullable DateRangeParam date,
      @Offset @Nullable Integer offset, @Count @Nullable Integer count, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    DayRange days = DayRange.of(date);
    UUID personId = PersonParam.person(patient);
    List<Observation> found = new ArrayList<>();
    if (personId != null) {
      IdType asPatient = new IdType("Patient", personId.toString());
      try {
        if (reads(code, ObservationMapping.OUTCOME_SCORE)) {
          Map<String, String> names = new HashMap<>();
          for (OutcomeResponse response : Refusals.answer(asPatient, () -> outcomes.responses(user, personId))) {
            if (!response.voided()) {
              String name = names.computeIfAbsent(response.instrumentCode(),
                  c -> outcomes.instrument(user, c).name());
              response.scores().forEach(s -> found.add(ObservationMapping.score(response, s, name)));
            }
          }
        }
        if (reads(code, ObservationMapping.HEALTH_CHECK)) {
          for (HealthCheck check : Refusals.answer(asPatient, () -> healthChecks.history(user, personId)).checks()) {
            if (!check.voided()) {
              check.readings().forEach(r -> found.add(ObservationMapping.reading(check, r)));
            }
          }
        }
        if (reads(code, ObservationMapping.VOCATIONAL)) {
          for (VocationalStatus status : Refusals.answer(asPatient, () -> work.of(user, personId)).statuses()) {
            if (!status.voided()) {
              found.add(ObservationMapping.status(status));
            }
          }
        }
      } catch (ResourceNotFoundException e) {
        found.clear();
      }
    }
    List<Observation> matched = found.stream().filter(o -> code == null || coded(o, code))
        .filter(o -> days.contains(ObservationMapping.date(o))).sorted(Comparator.comparing(ObservationMapping::date))
        .toList();
    return Matches.page(matched, offset, count, observation -> observation);
  }

  /** Whether a search for the code may find anything in the code system (any, when no system is given). */
  private static boolean reads(@Nullable TokenParam code, String system) {
    return code == null || code.getSystem() == null || code.getSystem().isEmpty() || code.getSystem().equals(system);
  }

  private static boolean coded(Observation observation, TokenParam code) {
    for (Coding coding : observation.getCode().getCoding()) {
      boolean system = code.getSystem() == null || code.getSystem().isEmpty()
          || code.getSystem().equals(coding.getSystem());
      if (system && coding.getCode().equals(code.getValue())) {
        return true;
      }
    }
    return false;
  }
}
