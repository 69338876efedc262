package org.bridgeway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.bridgeway.BridgewayTest;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.MyNotes;
import org.bridgeway.notes.NewNote;
import org.bridgeway.notes.Notes;
import org.bridgeway.people.People;
import org.bridgeway.portal.PortalWorld.Portal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class RecordCopyTest {

  @Autowired PortalWorld worlds;
  @Autowired RecordCopy copy;
  @Autowired Notes notes;
  @Autowired MyNotes myNotes;
  @Autowired People people;
  @Autowired AuditTrail audit;

  Portal p;

  @BeforeEach
  void setUp() {
    p = worlds.create();
  }

  @Test
  void theCopyHoldsEveryFileWithThePersonsOwnDataAndNothingHiddenFromThemOrAboutAnyoneElse() throws IOException {
    note(p, "Talked about the flat on Acre Lane", true, false);
    note(p, "Information from a neighbour, not for Sam", false, false);
    note(p, "Safeguarding concern raised", false, true);
    myNotes.addEntry(p.sam(), "I want to learn to cook");
    notes.record(p.admin(), p.bob(), new NewNote(ContactKind.PHONE, notes.today(), 10, "Bob's own business", true,
        null, false));
    people.read(p.w().ourWorker(), p.w().sam());

    String name = copy.asked(p.sam());
    Map<String, String> files = unzip(p);

    assertThat(name).isEqualTo("my-record-" + notes.today() + ".zip");
    // Other modules' parts follow the portal's own files, in the order of their names.
    assertThat(files.keySet()).containsExactly("README.txt", "about-me.txt", "stays.csv", "move-plans.csv",
        "move-visits.csv", "team.csv", "notes.txt", "referrals.csv", "access-log.csv", "activities.csv",
        "connections.csv", "health-checks.csv", "outcomes.csv", "rota-and-recruitment.csv", "work.csv");
    assertThat(files.get("outcomes.csv")).startsWith("date answered,questionnaire,question,answer,wants more help,"
        + "filled in by");
    assertThat(files.get("README.txt")).contains("withheld", "subject access request", "notes.txt");
    assertThat(files.get("about-me.txt")).contains("First name: Samuel", "Date of birth: 27 March 1980",
        "Postcode: SW2 5RU");
    assertThat(files.get("stays.csv")).startsWith("place,kind of place,from,until")
        .contains("Coldharbour Lane flats,flats with staff there day and night,2025-03-03,,,");
    assertThat(files.get("move-plans.csv")).contains("Acre Lane floating support");
    assertThat(files.get("move-visits.csv")).contains("Jo from Acre Lane", "Recorded on the wrong plan");
    assertThat(files.get("team.csv")).contains("Dee Kamara,Key worker,yes,Thames Reach");
    assertThat(files.get("notes.txt")).contains("Talked about the flat on Acre Lane", "written by you",
        "I want to learn to cook").doesNotContain("neighbour", "Safeguarding");
    assertThat(files.get("health-checks.csv")).startsWith("Check date,Part,Taken on,What was found");
    assertThat(files.get("access-log.csv")).startsWith("when,who,role,organisation,what")
        .contains("Test Practitioner,Practitioner,Thames Reach,Looked at your record")
        .contains("You,,,Downloaded a copy of your record");
    assertThat(String.join("\n", files.values())).doesNotContain("Robert", "Quayle", "Bob's own business");
    assertThat(audit.ofPerson(p.admin().alliance(), p.w().sam(), null, 0, 100).items())
        .anyMatch(e -> e.action() == AuditAction.EXPORT && e.subjectType().equals("RecordCopy"));
  }

  private Map<String, String> unzip(Portal p) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    copy.write(p.sam(), out);
    return Zips.read(out.toByteArray());
  }

  private void note(Portal p, String text, boolean shared, boolean restricted) {
    notes.record(p.w().ourWorker(), p.w().sam(), new NewNote(ContactKind.FACE_TO_FACE, notes.today(), 30, text,
        shared, shared ? null : "Not for Sam", restricted));
  }
}
