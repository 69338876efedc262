package org.bridgeway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.Scene;
import org.bridgeway.careteam.TeamRole;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonDetails;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BridgewayTest
class PatientResourceTest {

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired People people;
  @Autowired CareTeams careTeams;
  @Autowired AuditTrail audit;

  Scene.Alliance lambeth;
  CurrentUser admin;
  UUID grace;
  UUID sam;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    admin = lambeth.user(Role.ADMIN, null);
    grace = people.add(lambeth.admin, new PersonDetails("Grace", "Adeyemi", "Gee", "2", "11", "1975", "943 476 5919",
        "2", "N", null, null, null, "English", false, null, "4 Acre Lane, London", "sw2 5sg", "020 7946 0000",
        "Brixton Hill Group Practice", "G85001", null, null, null, null));
    sam = lambeth.person();
  }

  IGenericClient client(CurrentUser user) {
    return FhirClients.as(port, user);
  }

  @Test
  void theCapabilityStatementOpensToAnyoneAndNamesPatientSearches() {
    CapabilityStatement statement = FhirClients.anonymous(port).capabilities().ofType(CapabilityStatement.class)
        .execute();

    var patient = statement.getRestFirstRep().getResource().stream()
        .filter(r -> r.getType().equals("Patient")).findFirst().orElseThrow();
    assertThat(patient.getSearchParam()).extracting(p -> p.getName())
        .contains("identifier", "name", "birthdate");
    assertThat(UkCoreValidation.errors(statement)).isEmpty();
  }

  @Test
  void aPatientCarriesTheNhsNumberNameBirthDateGenderAddressAndEthnicCategoryAndValidatesAgainstUkCore() {
    Patient patient = client(admin).read().resource(Patient.class).withId(grace.toString()).execute();

    assertThat(patient.getIdElement().getIdPart()).isEqualTo(grace.toString());
    assertThat(patient.getMeta().getProfile()).extracting(p -> p.getValue())
        .containsExactly("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient");
    assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo("https://fhir.nhs.uk/Id/nhs-number");
    assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("9434765919");
    assertThat(((CodeableConcept) patient.getIdentifierFirstRep().getExtensionFirstRep().getValue())
        .getCodingFirstRep().getCode()).isEqualTo("02");
    assertThat(patient.getName()).extracting(n -> n.getGivenAsSingleString()).containsExactly("Grace", "Gee");
    assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1975-11-02");
    assertThat(patient.getGender()).isEqualTo(AdministrativeGender.FEMALE);
    assertThat(patient.getAddressFirstRep().getPostalCode()).isEqualTo("SW2 5SG");
    assertThat(patient.getTelecomFirstRep().getValue()).isEqualTo("020 7946 0000");
    assertThat(((CodeableConcept) patient.getExtensionByUrl(
        "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory").getValue())
        .getCodingFirstRep().getCode()).isEqualTo("N");
    assertThat(patient.getGeneralPractitionerFirstRep().getIdentifier().getValue()).isEqualTo("G85001");
    assertThat(UkCoreValidation.errors(patient)).isEmpty();
  }

  @Test
  void aPatientWithoutAnNhsNumberValidatesToo() {
    Patient patient = client(admin).read().resource(Patient.class).withId(sam.toString()).execute();

    assertThat(patient.getIdentifier()).isEmpty();
    assertThat(UkCoreValidation.errors(patient)).isEmpty();
  }

  @Test
  void readingAPatientIsAuditedAsAViewOfTheRecordAndSoIsEachPatientASearchReturns() {
    client(admin).read().resource(Patient.class).withId(grace.toString()).execute();
    client(admin).search().byUrl("Patient?name=okafor").returnBundle(Bundle.class).execute();

    assertThat(audit.ofPerson(lambeth.test.id(), grace, null, 0, 10).items())
        .anyMatch(e -> e.action() == AuditAction.VIEW && e.actor().equals(admin.username()));
    assertThat(audit.ofPerson(lambeth.test.id(), sam, null, 0, 10).items())
        .anyMatch(e -> e.action() == AuditAction.VIEW && e.actor().equals(admin.username()));
  }

  @Test
  void patientsAreFoundByNhsNumberNameAndBirthDateAloneOrTogether() {
    IGenericClient client = client(admin);

    assertThat(ids(client.search().byUrl("Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9434765919")
        .returnBundle(Bundle.class).execute())).containsExactly(grace.toString());
    assertThat(ids(client.search().byUrl("Patient?identifier=9434765919").returnBundle(Bundle.class).execute()))
        .containsExactly(grace.toString());
    assertThat(ids(client.search().byUrl("Patient?identifier=https://example.org/other|9434765919")
        .returnBundle(Bundle.class).execute())).isEmpty();
    assertThat(ids(client.search().byUrl("Patient?name=okaf").returnBundle(Bundle.class).execute()))
        .containsExactly(sam.toString());
    assertThat(ids(client.search().byUrl("Patient?birthdate=1975-11-02").returnBundle(Bundle.class).execute()))
        .containsExactly(grace.toString());
    assertThat(ids(client.search().byUrl("Patient?name=grace&birthdate=1980-03-27").returnBundle(Bundle.class)
        .execute())).isEmpty();
  }

  @Test
  void aSearchIsPagedWithCountAndTheNextPageFollowsItsLink() {
    UUID third = people.add(lambeth.admin, new PersonDetails("Grace", "Okafor", null, "1", "1", "1990", null, null,
        null, null, null, null, null, false, null, null, null, null, null, null, null, null, null, null));
    IGenericClient client = client(admin);

    Bundle first = client.search().byUrl("Patient?name=grace&_count=1").returnBundle(Bundle.class).execute();
    Bundle second = client.loadPage().next(first).execute();

    assertThat(first.getTotal()).isEqualTo(2);
    assertThat(first.getEntry()).hasSize(1);
    assertThat(second.getEntry()).hasSize(1);
    assertThat(java.util.List.of(ids(first).get(0), ids(second).get(0)))
        .containsExactlyInAnyOrder(grace.toString(), third.toString());
    assertThat(first.getLink("next").getUrl()).contains("_offset=1");
    assertThat(second.getLink("next")).isNull();
    assertThat(UkCoreValidation.errors(first)).isEmpty();
  }

  @Test
  void aSearchWithoutAnyParameterIsRefusedAsBadInput() {
    assertThatThrownBy(() -> client(admin).search().forResource(Patient.class).returnBundle(Bundle.class).execute())
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void anotherAlliancesPatientIsNotFoundWhateverIdIsTriedAndNeverFoundBySearch() {
    Scene.Alliance leeds = scene.create();
    CurrentUser leedsAdmin = leeds.user(Role.ADMIN, null);

    assertThatThrownBy(() -> client(leedsAdmin).read().resource(Patient.class).withId(grace.toString()).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(ids(client(leedsAdmin).search().byUrl("Patient?identifier=9434765919").returnBundle(Bundle.class)
        .execute())).isEmpty();
    assertThat(ids(client(leedsAdmin).search().byUrl("Patient?name=grace").returnBundle(Bundle.class).execute()))
        .isEmpty();
  }

  @Test
  void anUnknownIdIsNotFoundWithAnOperationOutcome() {
    assertThatThrownBy(() -> client(admin).read().resource(Patient.class).withId(UUID.randomUUID().toString())
        .execute())
        .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
          assertThat(e.getOperationOutcome()).isInstanceOf(OperationOutcome.class);
          assertThat(UkCoreValidation.errors(e.getOperationOutcome())).isEmpty();
        });
    assertThatThrownBy(() -> client(admin).read().resource(Patient.class).withId("not-a-uuid").execute())
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void aPractitionerReadsOnlyThePeopleWhoseRecordTheyMayOpen() {
    UUID worker = lambeth.staff(lambeth.ours, "Ade");
    careTeams.add(lambeth.admin, grace, new NewMember(worker, TeamRole.SUPPORT_WORKER, false,
        LocalDate.now().minusDays(3)));
    CurrentUser practitioner = lambeth.user(Role.PRACTITIONER, worker);

    assertThat(client(practitioner).read().resource(Patient.class).withId(grace.toString()).execute().getIdPart())
        .isEqualTo(grace.toString());
    assertThatThrownBy(() -> client(practitioner).read().resource(Patient.class).withId(sam.toString()).execute())
        .isInstanceOf(ForbiddenOperationException.class);
    assertThat(ids(client(practitioner).search().byUrl("Patient?name=o").returnBundle(Bundle.class).execute()))
        .doesNotContain(sam.toString());
  }

  @Test
  void rolesThatDoNotWorkWithRecordsOverTheApiAreForbiddenAndNoOneAnonymousGetsIn() {
    for (Role role : new Role[] {Role.COMMISSIONER, Role.PERSON, Role.PANEL_MEMBER}) {
      CurrentUser user = lambeth.user(role, null);
      assertThatThrownBy(() -> client(user).read().resource(Patient.class).withId(grace.toString()).execute())
          .as(role.name()).isInstanceOf(ForbiddenOperationException.class);
    }
    assertThatThrownBy(() -> FhirClients.anonymous(port).read().resource(Patient.class).withId(grace.toString())
        .execute()).isInstanceOf(AuthenticationException.class);
  }

  static java.util.List<String> ids(Bundle bundle) {
    return bundle.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
  }
}
