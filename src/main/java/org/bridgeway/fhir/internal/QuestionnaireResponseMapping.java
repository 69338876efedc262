package org.bridgeway.fhir.internal;

import org.bridgeway.outcomes.Answer;
import org.bridgeway.outcomes.Instrument;
import org.bridgeway.outcomes.Item;
import org.bridgeway.outcomes.OutcomeResponse;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * An outcome response (DIALOG and the other instruments of the alliance's library) as a UK Core
 * QuestionnaireResponse. Bridgeway keeps no Questionnaire resources, so the response names none: its one group
 * item is the instrument (linkId its code, text its name and version), holding an item per question (linkId the
 * item's number, text its words) answered with the point of the scale; an instrument that asks whether the person
 * wants more help (DIALOG+) has that as an item inside the answer. The scores are Observations derived from it.
 * Its id joins the person's and the response's ({@link CompactIds}); a voided response is entered in error.
 */
final class QuestionnaireResponseMapping {

  private QuestionnaireResponseMapping() {}

  static QuestionnaireResponse response(OutcomeResponse response, Instrument instrument) {
    QuestionnaireResponse resource = new QuestionnaireResponse();
    resource.setId(CompactIds.of(response.personId(), response.id()));
    resource.setMeta(UkCore.meta(UkCore.QUESTIONNAIRE_RESPONSE, response.recordedAt()));
    resource.setStatus(response.voided() ? QuestionnaireResponseStatus.ENTEREDINERROR
        : QuestionnaireResponseStatus.COMPLETED);
    resource.setSubject(new Reference("Patient/" + response.personId()));
    resource.setAuthoredElement(new DateTimeType(response.answeredOn().toString()));
    resource.setAuthor(response.byPerson() ? new Reference("Patient/" + response.personId())
        : new Reference().setDisplay(response.recordedName()));
    QuestionnaireResponseItemComponent group = resource.addItem().setLinkId(instrument.code())
        .setText(instrument.name() + (instrument.version() == null || instrument.version().isBlank() ? ""
            : " (" + instrument.version() + ")"));
    for (Answer answer : response.answers()) {
      QuestionnaireResponseItemComponent item = group.addItem().setLinkId(String.valueOf(answer.item()))
          .setText(instrument.item(answer.item()).map(Item::text).orElse(null));
      var given = item.addAnswer().setValue(new IntegerType(answer.answer()));
      if (answer.wantsHelp() != null) {
        given.addItem().setLinkId(answer.item() + ".help").setText("Wants more help with this")
            .addAnswer().setValue(new BooleanType(answer.wantsHelp()));
      }
    }
    return resource;
  }
}
