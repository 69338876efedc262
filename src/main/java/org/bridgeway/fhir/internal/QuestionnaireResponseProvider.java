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
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.outcomes.Instrument;
import org.bridgeway.outcomes.OutcomeResponse;
import org.bridgeway.outcomes.Outcomes;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * QuestionnaireResponse: a person's outcome responses. Read by id; search by {@code patient}, narrowed by
 * {@code authored} (the day answered), oldest first, voided ones left out. Both through the outcomes module,
 * which opens responses only to those who work with records and may open the person's, and audits the read.
 */
@Component
class QuestionnaireResponseProvider implements BridgewayResourceProvider {

  private final Outcomes outcomes;

  QuestionnaireResponseProvider(Outcomes outcomes) {
    this.outcomes = outcomes;
  }

  @Override
  public Class<QuestionnaireResponse> getResourceType() {
    return QuestionnaireResponse.class;
  }

  @Read
  public QuestionnaireResponse read(@IdParam IdType id, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    var key = CompactIds.parse(id.getIdPart() == null ? "" : id.getIdPart()).orElseThrow(() -> Refusals.notFound(id));
    OutcomeResponse response = Refusals.answer(id, () -> outcomes.response(user, key.personId(), key.recordId()));
    return QuestionnaireResponseMapping.response(response, outcomes.instrument(user, response.instrumentCode()));
  }

  @Search
  public IBundleProvider search(@RequiredParam(name = QuestionnaireResponse.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = QuestionnaireResponse.SP_AUTHORED) @Nullable DateRangeParam authored,
      @Offset @Nullable Integer offset, @Count @Nullable Integer count, RequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    DayRange days = DayRange.of(authored);
    UUID personId = PersonParam.person(patient);
    List<OutcomeResponse> found = List.of();
    if (personId != null) {
      try {
        found = Refusals.answer(new IdType("Patient", personId.toString()), () -> outcomes.responses(user, personId))
            .stream().filter(r -> !r.voided() && days.contains(r.answeredOn()))
            .sorted(Comparator.comparing(OutcomeResponse::answeredOn)).toList();
      } catch (ResourceNotFoundException e) {
        found = List.of();
      }
    }
    Map<String, Instrument> instruments = new HashMap<>();
    return Matches.page(found, offset, count, response -> QuestionnaireResponseMapping.response(response,
        instruments.computeIfAbsent(response.instrumentCode(), code -> outcomes.instrument(user, code))));
  }
}
