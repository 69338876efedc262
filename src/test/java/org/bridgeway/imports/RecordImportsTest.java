package org.bridgeway.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.dayservices.DayServiceRegistrations;
import org.bridgeway.dayservices.DayServices;
import org.bridgeway.dayservices.NewSession;
import org.bridgeway.dayservices.Repeat;
import org.bridgeway.dayservices.SessionKind;
import org.bridgeway.imports.ImportJob.Status;
import org.bridgeway.notes.NoteFilter;
import org.bridgeway.notes.Notes;
import org.bridgeway.pathway.Stays;
import org.bridgeway.people.People;
import org.bridgeway.people.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Stays, contacts and attendance for people already recorded, named by NHS number. */
@BridgewayTest
class RecordImportsTest {

  @Autowired Imports imports;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired People people;
  @Autowired Stays stays;
  @Autowired Notes notes;
  @Autowired DayServices dayServices;
  @Autowired DayServiceRegistrations registrations;

  Scene.Alliance lambeth;
  CurrentUser admin;
  UUID grace;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    admin = lambeth.admin;
    grace = people.add(admin, TestPeople.named("Grace", "Adeyemi", "2/11/1975", "943 476 5919"));
    service("Oak House", ServiceKind.RESIDENTIAL_CARE);
  }

  UUID service(String name, ServiceKind kind) {
    return services.add(admin, new ServiceDetails(lambeth.ours, name, kind, false, 20, CapacityUnit.PLACES, null,
        null, null, null, false, false, false, null, null, null, null));
  }

  ImportJob check(ImportKind kind, String text) {
    return imports.check(admin, imports.upload(admin, kind, kind.slug() + ".csv",
        text.getBytes(StandardCharsets.UTF_8)));
  }

  ImportJob importChecked(ImportJob checked) {
    imports.start(admin, checked.id());
    return imports.run(admin, checked.id());
  }

  static final String STAYS = "nhs_number,service,start_date,end_date,end_reason,destination\n";

  @Test
  void aStayIsImportedOnceAndTheSameFileAgainChangesNothing() {
    String file = STAYS + "943 476 5919,oak house,2025-01-06,2025-06-30,MOVED_ON,Own tenancy\n";

    ImportJob first = importChecked(check(ImportKind.STAYS, file));
    ImportJob second = importChecked(check(ImportKind.STAYS, file));

    assertThat(first.created()).isEqualTo(1);
    assertThat(second.created()).isZero();
    assertThat(second.unchanged()).isEqualTo(1);
    assertThat(stays.ofPerson(admin, grace)).singleElement().satisfies(s -> {
      assertThat(s.serviceName()).isEqualTo("Oak House");
      assertThat(s.endDate()).isEqualTo(LocalDate.of(2025, 6, 30));
    });
  }

  @Test
  void aStayAlreadyRecordedWithAnotherEndIsRefused() {
    importChecked(check(ImportKind.STAYS, STAYS + "943 476 5919,Oak House,2025-01-06,2025-06-30,MOVED_ON,\n"));

    ImportJob changed = check(ImportKind.STAYS, STAYS + "943 476 5919,Oak House,2025-01-06,2025-07-31,MOVED_ON,\n");

    assertThat(changed.status()).isEqualTo(Status.REFUSED);
    assertThat(imports.problems(admin, changed.id(), 5)).singleElement().satisfies(p -> {
      assertThat(p.field()).isEqualTo("end_date");
      assertThat(p.reason()).startsWith("This stay is already recorded differently: it has \"2025-06-30\"");
    });
  }

  @Test
  void aStayAtAServiceTheAllianceDoesNotHaveIsRefusedEvenWhenAnotherAllianceHasIt() {
    Scene.Alliance leeds = scene.create();
    services.add(leeds.admin, new ServiceDetails(leeds.ours, "Elm Lodge", ServiceKind.RESIDENTIAL_CARE, false, 20,
        CapacityUnit.PLACES, null, null, null, null, false, false, false, null, null, null, null));

    ImportJob job = check(ImportKind.STAYS, STAYS + "943 476 5919,Elm Lodge,2025-01-06,,,\n"
        + "943 476 5919,Oak House,06.01.2025,,,\n");

    assertThat(imports.problems(admin, job.id(), 5)).containsExactly(
        new RowProblem(2, "service", "Your alliance has no service called \"Elm Lodge\""),
        new RowProblem(3, "start_date",
            "\"06.01.2025\" is not a date: enter it as YYYY-MM-DD or DD/MM/YYYY, like 2025-03-27"));
    assertThat(stays.ofPerson(admin, grace)).isEmpty();
  }

  @Test
  void twoStaysInExclusiveSettingsAtOnceAreRefusedByThePathwaysOwnRuleAndNeitherIsSaved() {
    service("Birch Court", ServiceKind.NURSING_CARE);

    ImportJob job = check(ImportKind.STAYS, STAYS + "943 476 5919,Oak House,2025-01-06,,,\n"
        + "943 476 5919,Birch Court,2025-02-01,,,\n");

    assertThat(job.status()).isEqualTo(Status.REFUSED);
    assertThat(job.toCreate()).isEqualTo(1);
    assertThat(imports.problems(admin, job.id(), 5)).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.reason()).startsWith("They are in Oak House");
    });
    assertThat(stays.ofPerson(admin, grace)).isEmpty();
  }

  @Test
  void aPersonWhoIsNotRecordedIsRefused() {
    ImportJob job = check(ImportKind.STAYS, STAYS + "401 023 2137,Oak House,2025-01-06,,,\n");

    assertThat(imports.problems(admin, job.id(), 5)).containsExactly(new RowProblem(2, "nhs_number",
        "No one in your alliance has this NHS number: import them as people first"));
  }

  @Test
  void aContactIsWrittenAsANoteOnceAndMatchedOnTheSecondImport() {
    String file = "nhs_number,contact_date,kind,minutes,text,shared\n"
        + "943 476 5919,2025-02-14,PHONE,20,Talked about the move.,yes\n"
        + "943 476 5919,2025-02-15,PHONE,,No answer.,yes\n";

    ImportJob first = check(ImportKind.CONTACTS, file);
    assertThat(imports.problems(admin, first.id(), 5)).containsExactly(new RowProblem(3, "minutes",
        "Enter how long the contact lasted, in minutes"));

    String fixed = file.replace("PHONE,,No answer.", "DID_NOT_ATTEND,,No answer.");
    assertThat(importChecked(check(ImportKind.CONTACTS, fixed)).created()).isEqualTo(2);
    ImportJob again = importChecked(check(ImportKind.CONTACTS, fixed));
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(notes.timeline(admin, grace, NoteFilter.ALL, 0).total()).isEqualTo(2);
  }

  @Test
  void attendanceIsMarkedOnTheRegisterOnceAndADifferentMarkIsRefused() {
    LocalDate monday = scene.today().minusWeeks(2).with(DayOfWeek.MONDAY);
    UUID hub = services.add(admin, new ServiceDetails(lambeth.ours, "Brixton drop-in", ServiceKind.DROP_IN, false,
        null, null, null, null, null, null, false, true, false, null, null, null, null));
    dayServices.addSession(admin, hub, new NewSession(null, SessionKind.DROP_IN, "Monday drop-in", "Hall", null,
        null, true, monday.minusWeeks(4), LocalTime.of(18, 0), LocalTime.of(20, 0), Repeat.WEEKLY,
        EnumSet.of(DayOfWeek.MONDAY), scene.today().plusMonths(3)));
    registrations.registerPerson(admin, hub, grace, monday.minusWeeks(4));
    String headings = "nhs_number,service,session,date,present\n";

    ImportJob first = importChecked(check(ImportKind.ATTENDANCE, headings
        + "943 476 5919,Brixton drop-in,Monday drop-in," + monday + ",yes\n"));
    ImportJob wrongDay = check(ImportKind.ATTENDANCE, headings
        + "943 476 5919,Brixton drop-in,Monday drop-in," + monday.plusDays(1) + ",yes\n");
    ImportJob changed = check(ImportKind.ATTENDANCE, headings
        + "943 476 5919,Brixton drop-in,Monday drop-in," + monday + ",no\n");

    assertThat(first.created()).isEqualTo(1);
    assertThat(imports.problems(admin, wrongDay.id(), 5)).singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("date"));
    assertThat(imports.problems(admin, changed.id(), 5)).containsExactly(new RowProblem(2, "present",
        "The register already has them as present. Change the register itself if this is right"));
  }
}
