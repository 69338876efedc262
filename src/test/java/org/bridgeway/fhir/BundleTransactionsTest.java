package org.bridgeway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.careteam.Scene;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.Note;
import org.bridgeway.notes.Notes;
import org.bridgeway.pathway.Stays;
import org.bridgeway.people.People;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BridgewayTest
class BundleTransactionsTest {

  static final String NHS_ID = "identifier=https://fhir.nhs.uk/Id/nhs-number|";

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired People people;
  @Autowired Stays stays;
  @Autowired Notes notes;
  @Autowired AuditTrail audit;

  Scene.Alliance lambeth;
  CurrentUser admin;
  String recoveryHouse;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    admin = lambeth.user(Role.ADMIN, null);
    recoveryHouse = "Recovery house " + lambeth.ours.toString().substring(0, 4);
  }

  IGenericClient client(CurrentUser user) {
    return FhirClients.as(port, user);
  }

  /** A person, their stay and two contacts, the later entries referring to the person by urn:uuid. */
  Bundle graceWithAStayAndTwoContacts() {
    Bundles bundle = Bundles.transaction();
    String grace = bundle.post(Bundles.patient("Grace", "Adeyemi", "9434765919"), NHS_ID + "9434765919");
    bundle.post(Bundles.stay(grace, recoveryHouse, "2026-01-05", "stay-1"), "identifier=" + Bundles.TRUST + "|stay-1");
    bundle.post(Bundles.contact(grace, "2026-02-03T10:00:00Z", "2026-02-03T10:45:00Z", "Review of support plan",
        "contact-1"), "identifier=" + Bundles.TRUST + "|contact-1");
    bundle.post(Bundles.contact(grace, "2026-02-10T14:00:00Z", "2026-02-10T14:30:00Z", "Phone call about housing",
        "contact-2"), "identifier=" + Bundles.TRUST + "|contact-2");
    return bundle.build();
  }

  UUID idIn(String location) {
    return UUID.fromString(location.split("/")[1]);
  }

  @Test
  void aTransactionKeepsAPersonTheirStayAndTheirContactsJoinedByUrnUuidsAndAuditsEachAsThePagesDo() {
    Bundle response = client(admin).transaction().withBundle(graceWithAStayAndTwoContacts()).execute();

    assertThat(response.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
    assertThat(response.getEntry()).extracting(e -> e.getResponse().getStatus())
        .containsExactly("201 Created", "201 Created", "201 Created", "201 Created");
    UUID grace = idIn(response.getEntry().get(0).getResponse().getLocation());
    assertThat(people.read(admin, grace).details().nhsNumber()).isEqualTo("9434765919");
    assertThat(stays.ofPerson(admin, grace)).singleElement()
        .satisfies(stay -> assertThat(stay.startDate()).isEqualTo(LocalDate.of(2026, 1, 5)))
        .satisfies(stay -> assertThat(response.getEntry().get(1).getResponse().getLocation())
            .isEqualTo("EpisodeOfCare/" + stay.id()));
    List<Note> first = notes.onDay(admin, grace, LocalDate.of(2026, 2, 3));
    assertThat(first).singleElement().satisfies(note -> {
      assertThat(note.kind()).isEqualTo(ContactKind.FACE_TO_FACE);
      assertThat(note.durationMinutes()).isEqualTo(45);
      assertThat(note.text()).isEqualTo("Review of support plan");
    });
    assertThat(notes.onDay(admin, grace, LocalDate.of(2026, 2, 10))).singleElement()
        .satisfies(note -> assertThat(note.kind()).isEqualTo(ContactKind.PHONE));
    assertThat(audit.ofPerson(lambeth.test.id(), grace, null, 0, 50).items())
        .filteredOn(e -> e.action() == AuditAction.CREATE && e.actor().equals(admin.username()))
        .extracting(e -> e.subjectType()).contains("Person", "Stay", "Note");
  }

  @Test
  void theSameBundlePostedTwiceCreatesNothingNewAndAnswersWithWhereEachRecordAlreadyIs() {
    Bundle bundle = graceWithAStayAndTwoContacts();
    Bundle first = client(admin).transaction().withBundle(bundle).execute();
    long people = this.people.count(lambeth.test.id());

    Bundle second = client(admin).transaction().withBundle(bundle).execute();

    assertThat(second.getEntry()).extracting(e -> e.getResponse().getStatus())
        .containsExactly("200 OK", "200 OK", "200 OK", "200 OK");
    assertThat(second.getEntry()).extracting(e -> e.getResponse().getLocation())
        .isEqualTo(first.getEntry().stream().map(e -> e.getResponse().getLocation()).toList());
    assertThat(this.people.count(lambeth.test.id())).isEqualTo(people);
    UUID grace = idIn(first.getEntry().get(0).getResponse().getLocation());
    assertThat(stays.ofPerson(admin, grace)).hasSize(1);
    assertThat(notes.onDay(admin, grace, LocalDate.of(2026, 2, 3))).hasSize(1);
  }

  @Test
  void anUpdateAtTheVersionReadChangesThePatientAndOneAtAStaleVersionIsAConflictThatChangesNothing() {
    UUID sam = lambeth.person();
    Patient read = client(admin).read().resource(Patient.class).withId(sam.toString()).execute();
    String etag = "W/\"" + read.getMeta().getVersionId() + "\"";
    Patient renamed = Bundles.patient("Samuel", "Okafor-Reid", null);
    renamed.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1980-03-27"));

    Bundle done = client(admin).transaction().withBundle(Bundles.transaction()
        .put(renamed, "Patient/" + sam, etag).build()).execute();

    assertThat(done.getEntryFirstRep().getResponse().getStatus()).isEqualTo("200 OK");
    assertThat(people.read(admin, sam).details().familyName()).isEqualTo("Okafor-Reid");
    assertThat(people.read(admin, sam).details().interests()).as("kept: FHIR does not carry it")
        .isEqualTo("Football");

    Patient again = Bundles.patient("Samuel", "Okafor", null);
    again.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1980-03-27"));
    BaseServerResponseException stale = catchThrowableOfType(BaseServerResponseException.class,
        () -> client(admin).transaction().withBundle(Bundles.transaction().put(again, "Patient/" + sam, etag)
            .build()).execute());
    assertThat(stale.getStatusCode()).isEqualTo(409);
    assertThat(people.read(admin, sam).details().familyName()).isEqualTo("Okafor-Reid");
  }

  @Test
  void anInvalidNhsNumberRefusesTheWholeTransactionWithAnOperationOutcomeAndNothingIsSaved() {
    Bundles bundle = Bundles.transaction();
    bundle.post(Bundles.patient("Grace", "Adeyemi", "9434765919"), null);
    bundle.post(Bundles.patient("Tom", "Price", "9434765918"), null);
    long before = people.count(lambeth.test.id());

    BaseServerResponseException refused = catchThrowableOfType(BaseServerResponseException.class,
        () -> client(admin).transaction().withBundle(bundle.build()).execute());

    assertThat(refused.getStatusCode()).isEqualTo(400);
    assertThat(issues(refused)).anyMatch(issue -> issue.contains("Bundle.entry[1]")
        && issue.contains("the last digit does not match"));
    assertThat(people.count(lambeth.test.id())).isEqualTo(before);
  }

  @Test
  void aReferenceToNoEntryOfTheBundleIsRefusedAndNothingIsSaved() {
    Bundles bundle = Bundles.transaction();
    bundle.post(Bundles.patient("Grace", "Adeyemi", "9434765919"), null);
    bundle.post(Bundles.contact("urn:uuid:" + UUID.randomUUID(), "2026-02-03T10:00:00Z", "2026-02-03T10:45:00Z",
        "Review", "c-9"), null);
    long before = people.count(lambeth.test.id());

    BaseServerResponseException refused = catchThrowableOfType(BaseServerResponseException.class,
        () -> client(admin).transaction().withBundle(bundle.build()).execute());

    assertThat(refused.getStatusCode()).isEqualTo(404);
    assertThat(issues(refused)).anyMatch(issue -> issue.contains("Encounter.subject")
        && issue.contains("no entry of this bundle"));
    assertThat(people.count(lambeth.test.id())).isEqualTo(before);
  }

  @Test
  void aResourceTypeBridgewayDoesNotTakeInABundleIsRefusedAndNothingIsSaved() {
    Bundles bundle = Bundles.transaction();
    bundle.post(Bundles.patient("Grace", "Adeyemi", "9434765919"), null);
    bundle.post(new AuditEvent(), null);
    long before = people.count(lambeth.test.id());

    BaseServerResponseException refused = catchThrowableOfType(BaseServerResponseException.class,
        () -> client(admin).transaction().withBundle(bundle.build()).execute());

    assertThat(refused.getStatusCode()).isEqualTo(400);
    assertThat(issues(refused)).anyMatch(issue -> issue.contains("AuditEvent is not taken"));
    assertThat(people.count(lambeth.test.id())).isEqualTo(before);
  }

  @Test
  void writingToAPatientOfAnotherAllianceIsRefusedAsNotFoundAndNothingIsSaved() {
    Scene.Alliance leeds = scene.create();
    UUID theirs = leeds.person();
    Bundles bundle = Bundles.transaction();
    bundle.post(Bundles.patient("Grace", "Adeyemi", "9434765919"), null);
    bundle.post(Bundles.contact("Patient/" + theirs, "2026-02-03T10:00:00Z", "2026-02-03T10:45:00Z", "Review",
        "c-1"), null);
    Patient renamed = Bundles.patient("Someone", "Else", null);
    long before = people.count(lambeth.test.id());

    BaseServerResponseException refused = catchThrowableOfType(BaseServerResponseException.class,
        () -> client(admin).transaction().withBundle(bundle.build()).execute());
    BaseServerResponseException put = catchThrowableOfType(BaseServerResponseException.class,
        () -> client(admin).transaction().withBundle(Bundles.transaction().put(renamed, "Patient/" + theirs, null)
            .build()).execute());

    assertThat(refused.getStatusCode()).isEqualTo(404);
    assertThat(put.getStatusCode()).isEqualTo(404);
    assertThat(people.count(lambeth.test.id())).isEqualTo(before);
    assertThat(people.read(leeds.admin, theirs).details().familyName()).isEqualTo("Okafor");
    assertThat(notes.onDay(leeds.admin, theirs, LocalDate.of(2026, 2, 3))).isEmpty();
  }

  @Test
  void aBatchTakesEachEntryOnItsOwnAndAnswersEachWithItsStatusAndOutcome() {
    Bundles bundle = Bundles.batch();
    bundle.post(Bundles.patient("Grace", "Adeyemi", "9434765919"), null);
    bundle.post(Bundles.patient("Tom", "Price", "1234567890"), null);
    long before = people.count(lambeth.test.id());

    Bundle response = client(admin).transaction().withBundle(bundle.build()).execute();

    assertThat(response.getType()).isEqualTo(Bundle.BundleType.BATCHRESPONSE);
    assertThat(response.getEntry()).extracting(e -> e.getResponse().getStatus())
        .containsExactly("201 Created", "400 Bad Request");
    OperationOutcome outcome = (OperationOutcome) response.getEntry().get(1).getResponse().getOutcome();
    assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("NHS number");
    assertThat(people.count(lambeth.test.id())).isEqualTo(before + 1);
  }

  @Test
  void aBundleOfMoreThanAThousandEntriesIsRefusedAsTooLargeAndNothingIsSaved() {
    Bundles bundle = Bundles.transaction();
    for (int i = 0; i < 1_001; i++) {
      bundle.post(Bundles.patient("Person", "Number" + i, null), null);
    }
    long before = people.count(lambeth.test.id());

    BaseServerResponseException refused = catchThrowableOfType(BaseServerResponseException.class,
        () -> client(admin).transaction().withBundle(bundle.build()).execute());

    assertThat(refused.getStatusCode()).isEqualTo(413);
    assertThat(people.count(lambeth.test.id())).isEqualTo(before);
  }

  @Test
  void aRequestOfMoreThanTenMegabytesIsRefusedAsTooLargeBeforeItsBodyIsRead() throws Exception {
    // Only the headers are sent: the server answers on the length they declare, without waiting for the body.
    String basic = Base64.getEncoder().encodeToString((admin.username() + ":" + Scene.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    String answer;
    try (Socket socket = new Socket("localhost", port)) {
      socket.getOutputStream().write(("POST /fhir HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + basic
          + "\r\nContent-Type: application/fhir+json\r\nContent-Length: " + (11 * 1024 * 1024)
          + "\r\nConnection: close\r\n\r\n{\"resourceType\":\"Bundle\"").getBytes(StandardCharsets.UTF_8));
      socket.getOutputStream().flush();
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(answer).startsWith("HTTP/1.1 413").contains("OperationOutcome").contains("10 MB");
  }

  @Test
  void malformedJsonIsRefusedWithAnOperationOutcome() throws Exception {
    long before = people.count(lambeth.test.id());

    HttpResponse<String> answer = post("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("OperationOutcome");
    assertThat(people.count(lambeth.test.id())).isEqualTo(before);
  }

  @Test
  void somethingOtherThanABundlePostedToTheBaseIsRefusedWithAnOperationOutcome() throws Exception {
    HttpResponse<String> empty = post("{}");
    HttpResponse<String> patient = post("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Adeyemi\"}]}");

    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(patient.statusCode()).isEqualTo(400);
    assertThat(patient.body()).contains("OperationOutcome");
  }

  @Test
  void aBundleOfAnotherTypeIsRefused() {
    Bundle collection = graceWithAStayAndTwoContacts().setType(Bundle.BundleType.COLLECTION);

    assertThatThrownBy(() -> client(admin).transaction().withBundle(collection).execute())
        .isInstanceOfSatisfying(BaseServerResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(400));
  }

  HttpResponse<String> post(String body) throws Exception {
    String basic = Base64.getEncoder().encodeToString((admin.username() + ":" + Scene.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fhir"))
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/fhir+json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static List<String> issues(BaseServerResponseException e) {
    OperationOutcome outcome = (OperationOutcome) e.getOperationOutcome();
    return outcome.getIssue().stream().map(i -> i.getExpression().stream().map(x -> x.getValue() + " ").reduce("",
        String::concat) + i.getDiagnostics()).toList();
  }
}
