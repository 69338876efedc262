package org.bridgeway.notes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.browser.Browser;
import org.bridgeway.careteam.Scene;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.NewNote;
import org.bridgeway.notes.Notes;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A worker's notes and the person's own view of them, in a real browser; every page passes the accessibility check. */
@BridgewayTest
class NotesJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired NotesWorld worlds;
  @Autowired Notes notes;

  World w;

  @BeforeEach
  void setUp() {
    browser.on(port).desktop();
    w = worlds.create();
  }

  @Test
  void aWorkerRecordsAmendsAndVoidsNotesAndThePersonReadsCommentsAndWritesTheirOwn() {
    String yesterday = notes.today().minusDays(1).format(DateTimeFormatter.ofPattern("d MMMM yyyy"));
    UUID mistake = notes.record(w.ourWorker(), w.sam(), new NewNote(ContactKind.OUTREACH, notes.today().minusDays(1),
        40, "Met at the drop-in", true, null, false));

    browser.signIn(w.ourWorker().username(), Scene.PASSWORD);
    browser.open("/people/" + w.sam());
    browser.follow("Notes");
    assertThat(browser.heading()).isEqualTo("Notes");
    browser.follow("Write a note");
    browser.choose("kind", "Phone");
    browser.fillIn("durationMinutes", "25");
    browser.fillIn("text", "Talked about visiting the Acre Lane flats");
    browser.press("Save note");
    assertThat(browser.text()).contains("Note saved", "Talked about visiting the Acre Lane flats",
        "Written by Ade Adeyemi, Thames Reach");

    browser.fillIn("text", "Talked about visiting the Acre Lane flats on Friday");
    browser.fillIn("reason", "Added the day");
    browser.press("Amend note");
    assertThat(browser.text()).contains("Note amended", "Amended", "Amendment 1 by Ade Adeyemi", "Why: Added the day",
        "As first written by Ade Adeyemi", "Talked about visiting the Acre Lane flats on Friday");

    browser.open("/people/" + w.sam() + "/notes/" + mistake);
    browser.fillIn("voidReason", "Written on the wrong person's record");
    browser.press("Void note");
    assertThat(browser.text()).contains("Note voided", "Voided by Ade Adeyemi",
        "because: Written on the wrong person's record", "Met at the drop-in");
    browser.follow("Back to the notes");
    assertThat(browser.text()).contains("Outreach, " + yesterday + ", 40 minutes", "Voided",
        "because: Written on the wrong person's record");

    browser.on(port);
    browser.signIn(w.samUsername(), Scene.PASSWORD);
    browser.follow("My notes");
    assertThat(browser.heading()).isEqualTo("My notes");
    assertThat(browser.text()).contains("Talked about visiting the Acre Lane flats on Friday",
        "Written by Ade Adeyemi from Thames Reach", "Taken back");
    browser.fillIn("text", "I would like to see the flats with my sister");
    browser.press("Add to my notes");
    assertThat(browser.text()).contains("Your entry has been added", "Written by you on",
        "I would like to see the flats with my sister");
    UUID phoneCall = notes.timeline(w.ourWorker(), w.sam(), org.bridgeway.notes.NoteFilter.ALL, 0).items().stream()
        .filter(n -> n.kind() == ContactKind.PHONE).findFirst().orElseThrow().id();
    browser.fillIn("comment-" + phoneCall, "Friday suits me");
    browser.press("Add comment on the note of " + notes.today().format(DateTimeFormatter.ofPattern("d MMMM yyyy")));
    assertThat(browser.text()).contains("Your comment has been added", "Your comment", "Friday suits me");

    browser.on(port);
    browser.signIn(w.colleague().username(), Scene.PASSWORD);
    browser.open("/people/" + w.sam() + "/notes");
    assertThat(browser.text()).contains("Written by Sam Okafor, in their own words",
        "I would like to see the flats with my sister", "Comment written by Sam Okafor", "Friday suits me");
  }

  @Test
  void aNoteNotSharedWithoutAReasonIsRefusedBesideTheField() {
    browser.signIn(w.ourWorker().username(), Scene.PASSWORD);
    browser.open("/people/" + w.sam() + "/notes/new");
    browser.choose("kind", "Did not attend");
    browser.fillIn("text", "No answer at the door");
    browser.tick("No, do not share it");
    browser.press("Save note");

    assertThat(browser.heading()).isEqualTo("Write a note");
    assertThat(browser.textOf("#notSharedReason-error")).contains("Enter why this note is not shared with the person");
    assertThat(browser.valueOf("text")).isEqualTo("No answer at the door");
    assertThat(notes.timeline(w.ourWorker(), w.sam(), org.bridgeway.notes.NoteFilter.ALL, 0).total()).isZero();
  }
}
