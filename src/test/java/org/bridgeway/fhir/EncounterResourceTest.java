package org.bridgeway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bridgeway.fhir.PatientResourceTest.ids;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.careteam.Scene;
import org.bridgeway.dayservices.DayServiceRegistrations;
import org.bridgeway.dayservices.DayServices;
import org.bridgeway.dayservices.NewSession;
import org.bridgeway.dayservices.Repeat;
import org.bridgeway.dayservices.SessionKind;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.NewNote;
import org.bridgeway.notes.Notes;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@BridgewayTest
class EncounterResourceTest {

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Notes notes;
  @Autowired Services services;
  @Autowired DayServices dayServices;
  @Autowired DayServiceRegistrations registrations;
  @Autowired AuditTrail audit;

  Scene.Alliance lambeth;
  CurrentUser admin;
  UUID sam;
  LocalDate today;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    admin = lambeth.user(Role.ADMIN, null);
    sam = lambeth.person();
    today = scene.today();
  }

  IGenericClient client(CurrentUser user) {
    return FhirClients.as(port, user);
  }

  UUID contact(ContactKind kind, int daysAgo, Integer minutes) {
    return notes.record(lambeth.admin, sam, new NewNote(kind, today.minusDays(daysAgo), minutes,
        "Talked about the move", true, null, false));
  }

  @Test
  void aContactIsAFinishedEncounterOnItsDayWithItsLengthAndClassAndValidates() {
    UUID visit = contact(ContactKind.FACE_TO_FACE, 3, 45);
    UUID call = contact(ContactKind.PHONE, 2, 10);
    UUID missed = contact(ContactKind.DID_NOT_ATTEND, 1, null);

    Encounter faceToFace = client(admin).read().resource(Encounter.class).withId(visit.toString()).execute();
    Encounter phone = client(admin).read().resource(Encounter.class).withId(call.toString()).execute();
    Encounter didNotAttend = client(admin).read().resource(Encounter.class).withId(missed.toString()).execute();

    assertThat(faceToFace.getMeta().getProfile()).extracting(p -> p.getValue())
        .containsExactly("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Encounter");
    assertThat(faceToFace.getStatus()).isEqualTo(EncounterStatus.FINISHED);
    assertThat(faceToFace.getClass_().getCode()).isEqualTo("AMB");
    assertThat(faceToFace.getSubject().getReference()).isEqualTo("Patient/" + sam);
    assertThat(faceToFace.getPeriod().getStartElement().getValueAsString()).isEqualTo(today.minusDays(3).toString());
    assertThat(faceToFace.getLength().getValue().intValue()).isEqualTo(45);
    assertThat(faceToFace.getTypeFirstRep().getText()).isEqualTo("Face to face");
    assertThat(phone.getClass_().getCode()).isEqualTo("VR");
    assertThat(didNotAttend.getStatus()).isEqualTo(EncounterStatus.CANCELLED);
    assertThat(didNotAttend.hasLength()).isFalse();
    assertThat(UkCoreValidation.errors(faceToFace)).isEmpty();
    assertThat(UkCoreValidation.errors(phone)).isEmpty();
    assertThat(UkCoreValidation.errors(didNotAttend)).isEmpty();
  }

  @Test
  void aPlainNoteIsNoEncounter() {
    UUID note = contact(ContactKind.NOTE, 1, null);

    assertThatThrownBy(() -> client(admin).read().resource(Encounter.class).withId(note.toString()).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(ids(client(admin).search().byUrl("Encounter?patient=" + sam).returnBundle(Bundle.class).execute()))
        .isEmpty();
  }

  @Test
  void attendanceAtADayServiceSessionIsAnEncounterReadByItsOwnIdAndFoundWithTheContacts() {
    UUID hub = services.add(lambeth.admin, new ServiceDetails(lambeth.ours, "Brixton hub", ServiceKind.DROP_IN, false,
        null, null, null, null, null, null, false, false, false, null, null, null, null));
    UUID session = dayServices.addSession(lambeth.admin, hub, new NewSession(null, SessionKind.DROP_IN,
        "Evening drop-in", "Main hall", "Peer workers", 30, true, today.minusDays(20), LocalTime.of(18, 0),
        LocalTime.of(21, 0), Repeat.WEEKLY, EnumSet.allOf(DayOfWeek.class), today));
    registrations.registerPerson(lambeth.admin, hub, sam, today.minusDays(20));
    dayServices.takeRegister(lambeth.admin, hub, session, today.minusDays(5), Map.of(sam, true), null);
    dayServices.takeRegister(lambeth.admin, hub, session, today.minusDays(4), Map.of(sam, false), null);
    UUID visit = contact(ContactKind.FACE_TO_FACE, 6, 30);

    Bundle all = client(admin).search().byUrl("Encounter?patient=Patient/" + sam).returnBundle(Bundle.class)
        .execute();

    // Oldest first: the visit six days ago, then the drop-in five days ago (present) and four days ago (absent).
    assertThat(all.getTotal()).isEqualTo(3);
    assertThat(ids(all).get(0)).isEqualTo(visit.toString());
    Encounter present = (Encounter) all.getEntry().get(1).getResource();
    Encounter absent = (Encounter) all.getEntry().get(2).getResource();
    assertThat(present.getStatus()).isEqualTo(EncounterStatus.FINISHED);
    assertThat(present.getServiceType().getText()).isEqualTo("Brixton hub");
    assertThat(present.getPeriod().getStartElement().getValueAsString()).isEqualTo(today.minusDays(5).toString());
    assertThat(absent.getStatus()).isEqualTo(EncounterStatus.CANCELLED);
    assertThat(present.getIdPart()).startsWith("att-").hasSizeLessThanOrEqualTo(64);

    Encounter read = client(admin).read().resource(Encounter.class).withId(present.getIdPart()).execute();
    assertThat(read.getPeriod().getStartElement().getValueAsString()).isEqualTo(today.minusDays(5).toString());
    assertThat(read.getTypeFirstRep().getText()).isEqualTo("Day-service session: Evening drop-in");
    assertThat(UkCoreValidation.errors(read)).isEmpty();
    assertThat(UkCoreValidation.errors(all)).isEmpty();
  }

  @Test
  void encountersAreSearchedByDateWithPrefixesAndPagedByOffset() {
    UUID first = contact(ContactKind.FACE_TO_FACE, 30, 30);
    UUID second = contact(ContactKind.PHONE, 20, 15);
    UUID third = contact(ContactKind.VIDEO, 10, 20);
    IGenericClient client = client(admin);

    assertThat(ids(client.search().byUrl("Encounter?patient=" + sam + "&date=ge" + today.minusDays(20))
        .returnBundle(Bundle.class).execute())).containsExactly(second.toString(), third.toString());
    assertThat(ids(client.search().byUrl("Encounter?patient=" + sam + "&date=le" + today.minusDays(20))
        .returnBundle(Bundle.class).execute())).containsExactly(first.toString(), second.toString());
    assertThat(ids(client.search().byUrl("Encounter?patient=" + sam + "&date=gt" + today.minusDays(30) + "&date=lt"
        + today.minusDays(10)).returnBundle(Bundle.class).execute())).containsExactly(second.toString());
    assertThat(ids(client.search().byUrl("Encounter?patient=" + sam + "&date=" + today.minusDays(10))
        .returnBundle(Bundle.class).execute())).containsExactly(third.toString());

    Bundle page1 = client.search().byUrl("Encounter?patient=" + sam + "&_count=2").returnBundle(Bundle.class)
        .execute();
    Bundle page2 = client.loadPage().next(page1).execute();
    assertThat(page1.getTotal()).isEqualTo(3);
    assertThat(ids(page1)).containsExactly(first.toString(), second.toString());
    assertThat(page1.getLink("next").getUrl()).contains("_offset=2");
    assertThat(ids(page2)).containsExactly(third.toString());
    assertThat(page2.getLink("next")).isNull();
  }

  @Test
  void readingAndSearchingEncountersIsAuditedAgainstThePerson() {
    UUID visit = contact(ContactKind.FACE_TO_FACE, 3, 45);
    CurrentUser reader = lambeth.user(Role.ADMIN, null);

    client(reader).read().resource(Encounter.class).withId(visit.toString()).execute();
    client(reader).search().byUrl("Encounter?patient=" + sam).returnBundle(Bundle.class).execute();

    List<String> seen = audit.ofPerson(lambeth.test.id(), sam, null, 0, 20).items().stream()
        .filter(e -> e.action() == AuditAction.VIEW && e.actor().equals(reader.username()))
        .map(e -> e.subjectType()).toList();
    assertThat(seen).contains("Note", "Notes", "Attendance");
  }

  @Test
  void anotherAlliancesContactsAndAttendanceAreNotFoundAndNeverSearched() {
    UUID visit = contact(ContactKind.FACE_TO_FACE, 3, 45);
    Scene.Alliance leeds = scene.create();
    IGenericClient leedsAdmin = client(leeds.user(Role.ADMIN, null));
    String attendance = "att-" + new java.math.BigInteger(1, new byte[16]).toString(36) + "-"
        + today.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "-"
        + new java.math.BigInteger(sam.toString().replace("-", ""), 16).toString(36);

    assertThatThrownBy(() -> leedsAdmin.read().resource(Encounter.class).withId(visit.toString()).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> leedsAdmin.read().resource(Encounter.class).withId(attendance).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(ids(leedsAdmin.search().byUrl("Encounter?patient=" + sam).returnBundle(Bundle.class).execute()))
        .isEmpty();
    assertThatThrownBy(() -> client(admin).read().resource(Encounter.class).withId("att-zz").execute())
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void aPractitionerWithoutARelationshipIsRefusedTheContacts() {
    UUID visit = contact(ContactKind.FACE_TO_FACE, 3, 45);
    CurrentUser stranger = lambeth.user(Role.PRACTITIONER, lambeth.staff(lambeth.ours, "Noor"));

    assertThatThrownBy(() -> client(stranger).read().resource(Encounter.class).withId(visit.toString()).execute())
        .isInstanceOf(ForbiddenOperationException.class);
    assertThatThrownBy(() -> client(stranger).search().byUrl("Encounter?patient=" + sam).returnBundle(Bundle.class)
        .execute()).isInstanceOf(ForbiddenOperationException.class);
  }
}
