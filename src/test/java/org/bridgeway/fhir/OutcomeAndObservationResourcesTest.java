package org.bridgeway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bridgeway.fhir.PatientResourceTest.ids;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.health.HealthChecks;
import org.bridgeway.health.NewCheck;
import org.bridgeway.health.Outcome;
import org.bridgeway.health.Reading;
import org.bridgeway.health.Smoking;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.bridgeway.outcomes.Dialog;
import org.bridgeway.outcomes.NewResponse;
import org.bridgeway.outcomes.Outcomes;
import org.bridgeway.work.EmploymentStatus;
import org.bridgeway.work.NewVocationalStatus;
import org.bridgeway.work.PersonWork;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BridgewayTest
class OutcomeAndObservationResourcesTest {

  @LocalServerPort int port;
  @Autowired NotesWorld worlds;
  @Autowired Outcomes outcomes;
  @Autowired HealthChecks healthChecks;
  @Autowired PersonWork work;

  World w;
  LocalDate today;

  @BeforeEach
  void setUp() {
    w = worlds.create();
    today = outcomes.today();
  }

  IGenericClient client(CurrentUser user) {
    return FhirClients.as(port, user);
  }

  /** DIALOG on the day, items 1 to 11 answered as given, and wanting more help with item 3. */
  UUID dialog(LocalDate on, int... values) {
    Map<Integer, String> sent = new HashMap<>();
    for (int i = 0; i < values.length; i++) {
      sent.put(i + 1, String.valueOf(values[i]));
    }
    return outcomes.record(w.ourWorker(), w.sam(), Dialog.CODE, new NewResponse(on, sent, Map.of(3, true)));
  }

  @Test
  void aDialogResponseIsAQuestionnaireResponseWithItsItemsAndItsScoresAreObservations() {
    // Items 1-8: 3+4+2+5+4+3+6+5 = 32, mean 32/8 = 4; items 9-11: 6+5+4 = 15, mean 15/3 = 5.
    dialog(today.minusDays(1), 3, 4, 2, 5, 4, 3, 6, 5, 6, 5, 4);
    IGenericClient client = client(w.ourWorker());

    Bundle responses = client.search().byUrl("QuestionnaireResponse?patient=" + w.sam()).returnBundle(Bundle.class)
        .execute();
    assertThat(responses.getTotal()).isEqualTo(1);
    QuestionnaireResponse response = client.read().resource(QuestionnaireResponse.class)
        .withId(ids(responses).get(0)).execute();
    assertThat(response.getMeta().getProfile()).extracting(p -> p.getValue())
        .containsExactly("https://fhir.hl7.org.uk/StructureDefinition/UKCore-QuestionnaireResponse");
    assertThat(response.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    assertThat(response.getSubject().getReference()).isEqualTo("Patient/" + w.sam());
    var group = response.getItemFirstRep();
    assertThat(group.getLinkId()).isEqualTo("DIALOG");
    assertThat(group.getItem()).hasSize(11);
    assertThat(group.getItem().get(2).getLinkId()).isEqualTo("3");
    assertThat(group.getItem().get(2).getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(2);
    assertThat(group.getItem().get(2).getAnswerFirstRep().getItemFirstRep().getAnswerFirstRep()
        .getValueBooleanType().getValue()).isTrue();
    assertThat(UkCoreValidation.errors(response)).isEmpty();

    Bundle scores = client.search().byUrl("Observation?patient=" + w.sam() + "&code=urn:bridgeway:outcome-score|"
        + "DIALOG-2").returnBundle(Bundle.class).execute();
    assertThat(scores.getTotal()).isEqualTo(1);
    Observation treatment = client.read().resource(Observation.class).withId(ids(scores).get(0)).execute();
    assertThat(treatment.getValueQuantity().getValue()).isEqualByComparingTo("5");
    assertThat(treatment.getCode().getText()).endsWith("Treatment satisfaction");
    assertThat(treatment.getDerivedFromFirstRep().getReference())
        .isEqualTo("QuestionnaireResponse/" + response.getIdPart());
    assertThat(UkCoreValidation.errors(treatment)).isEmpty();
  }

  @Test
  void healthCheckValuesAreObservationsWithTheirUnitsAndADeclinedOneHasADataAbsentReason() {
    LocalDate on = today.minusDays(3);
    healthChecks.record(w.alliance().admin, w.sam(), new NewCheck(on, List.of(Reading.bloodPressure(on, 130, 85),
        Reading.bodySize(on, new BigDecimal("175"), new BigDecimal("72")), Reading.smoking(on, Smoking.EX, null),
        Reading.notTaken(org.bridgeway.health.Element.LIPIDS, Outcome.DECLINED, on, "Does not like needles"),
        Reading.alcohol(on, 4, null), Reading.notTaken(org.bridgeway.health.Element.GLUCOSE, Outcome.NOT_DONE, on,
        "No testing kit")),
        List.of(), null));
    IGenericClient client = client(w.ourWorker());

    Observation pressure = (Observation) client.search().byUrl("Observation?patient=" + w.sam()
        + "&code=urn:bridgeway:health-check|blood-pressure").returnBundle(Bundle.class).execute()
        .getEntryFirstRep().getResource();
    assertThat(pressure.getComponent()).extracting(c -> c.getCode().getCodingFirstRep().getCode(),
        c -> ((Quantity) c.getValue()).getValue().intValue(), c -> ((Quantity) c.getValue()).getCode())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("systolic", 130, "mm[Hg]"),
            org.assertj.core.groups.Tuple.tuple("diastolic", 85, "mm[Hg]"));
    assertThat(pressure.getEffectiveDateTimeType().getValueAsString()).isEqualTo(on.toString());

    Observation size = client.read().resource(Observation.class).withId(ids(client.search()
        .byUrl("Observation?patient=" + w.sam() + "&code=body-size").returnBundle(Bundle.class).execute()).get(0))
        .execute();
    // BMI = 72 / 1.75² = 72 / 3.0625 = 23.5 to one place.
    assertThat(((Quantity) size.getComponentFirstRep().getValue()).getValue()).isEqualByComparingTo("23.5");
    Observation lipids = (Observation) client.search().byUrl("Observation?patient=" + w.sam()
        + "&code=lipids").returnBundle(Bundle.class).execute().getEntryFirstRep().getResource();
    assertThat(lipids.getDataAbsentReason().getCodingFirstRep().getCode()).isEqualTo("asked-declined");
    assertThat(lipids.getNoteFirstRep().getText()).isEqualTo("Does not like needles");
    Observation smoking = (Observation) client.search().byUrl("Observation?patient=" + w.sam()
        + "&code=smoking").returnBundle(Bundle.class).execute().getEntryFirstRep().getResource();
    for (Observation observation : List.of(pressure, size, lipids, smoking)) {
      assertThat(observation.getMeta().getProfile()).extracting(p -> p.getValue())
          .containsExactly("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Observation");
      assertThat(UkCoreValidation.errors(observation)).as(observation.getCode().getText()).isEmpty();
    }
  }

  @Test
  void theVocationalStatusIsAnObservationWithItsMhsdsCode() {
    work.recordStatus(w.alliance().admin, w.sam(), new NewVocationalStatus(today.minusYears(1),
        EmploymentStatus.LONG_TERM_SICK, true, false, false, new BigDecimal("4"), "Oxfam shop"));
    work.recordStatus(w.alliance().admin, w.sam(), new NewVocationalStatus(today.minusMonths(2),
        EmploymentStatus.EMPLOYED, false, false, false, null, null));
    IGenericClient client = client(w.ourWorker());

    Bundle statuses = client.search().byUrl("Observation?patient=" + w.sam()
        + "&code=urn:bridgeway:vocational-status|employment-status").returnBundle(Bundle.class).execute();

    assertThat(statuses.getTotal()).isEqualTo(2);
    Observation earlier = (Observation) statuses.getEntry().get(0).getResource();
    Observation now = client.read().resource(Observation.class).withId(ids(statuses).get(1)).execute();
    assertThat(((CodeableConcept) earlier.getValue()).getCodingFirstRep().getCode()).isEqualTo("04");
    assertThat(earlier.getComponent()).extracting(c -> c.getCode().getCodingFirstRep().getCode())
        .containsExactly("volunteering", "hours-a-week", "place");
    assertThat(((CodeableConcept) now.getValue()).getCodingFirstRep().getCode()).isEqualTo("01");
    assertThat(now.getEffectiveDateTimeType().getValueAsString()).isEqualTo(today.minusMonths(2).toString());
    assertThat(UkCoreValidation.errors(earlier)).isEmpty();
    assertThat(UkCoreValidation.errors(now)).isEmpty();
  }

  @Test
  void observationsAreSearchedByDateAndPaged() {
    dialog(today.minusDays(30), 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4);
    dialog(today.minusDays(10), 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5);
    work.recordStatus(w.alliance().admin, w.sam(), new NewVocationalStatus(today.minusDays(20),
        EmploymentStatus.STUDENT, false, true, false, null, null));
    IGenericClient client = client(w.ourWorker());

    // Two scores on day -30, a status on day -20, two scores on day -10.
    assertThat(client.search().byUrl("Observation?patient=" + w.sam() + "&date=ge" + today.minusDays(20))
        .returnBundle(Bundle.class).execute().getTotal()).isEqualTo(3);
    assertThat(client.search().byUrl("Observation?patient=" + w.sam() + "&date=lt" + today.minusDays(20))
        .returnBundle(Bundle.class).execute().getTotal()).isEqualTo(2);
    assertThat(ids(client.search().byUrl("QuestionnaireResponse?patient=" + w.sam() + "&authored=le"
        + today.minusDays(15)).returnBundle(Bundle.class).execute())).hasSize(1);

    Bundle first = client.search().byUrl("Observation?patient=" + w.sam() + "&_count=2").returnBundle(Bundle.class)
        .execute();
    Bundle second = client.loadPage().next(first).execute();
    Bundle third = client.loadPage().next(second).execute();
    assertThat(first.getTotal()).isEqualTo(5);
    assertThat(((Observation) second.getEntryFirstRep().getResource()).getEffectiveDateTimeType()
        .getValueAsString()).isEqualTo(today.minusDays(20).toString());
    assertThat(ids(third)).hasSize(1);
    assertThat(third.getLink("next")).isNull();
  }

  @Test
  void anotherAlliancesResponsesAndObservationsAreNotFoundAndNeverSearched() {
    dialog(today.minusDays(1), 3, 4, 2, 5, 4, 3, 6, 5, 6, 5, 4);
    Bundle mine = client(w.ourWorker()).search().byUrl("Observation?patient=" + w.sam()).returnBundle(Bundle.class)
        .execute();
    String responseId = client(w.ourWorker()).search().byUrl("QuestionnaireResponse?patient=" + w.sam())
        .returnBundle(Bundle.class).execute().getEntryFirstRep().getResource().getIdElement().getIdPart();
    World leeds = worlds.create();
    IGenericClient leedsAdmin = client(leeds.alliance().user(Role.ADMIN, null));

    assertThatThrownBy(() -> leedsAdmin.read().resource(Observation.class).withId(ids(mine).get(0)).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> leedsAdmin.read().resource(QuestionnaireResponse.class).withId(responseId).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(ids(leedsAdmin.search().byUrl("Observation?patient=" + w.sam()).returnBundle(Bundle.class)
        .execute())).isEmpty();
    assertThat(ids(leedsAdmin.search().byUrl("QuestionnaireResponse?patient=" + w.sam()).returnBundle(Bundle.class)
        .execute())).isEmpty();
    assertThatThrownBy(() -> client(w.ourWorker()).read().resource(Observation.class).withId("xx-1-2").execute())
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void aPractitionerWithoutARelationshipIsRefusedTheObservations() {
    dialog(today.minusDays(1), 3, 4, 2, 5, 4, 3, 6, 5, 6, 5, 4);
    CurrentUser stranger = w.alliance().user(Role.PRACTITIONER, w.alliance().staff(w.alliance().ours, "Noor"));

    assertThatThrownBy(() -> client(stranger).search().byUrl("Observation?patient=" + w.sam())
        .returnBundle(Bundle.class).execute()).isInstanceOf(ForbiddenOperationException.class);
    assertThatThrownBy(() -> client(stranger).search().byUrl("QuestionnaireResponse?patient=" + w.sam())
        .returnBundle(Bundle.class).execute()).isInstanceOf(ForbiddenOperationException.class);
  }
}
