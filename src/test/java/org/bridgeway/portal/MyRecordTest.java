package org.bridgeway.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.MyNotes;
import org.bridgeway.notes.NewNote;
import org.bridgeway.notes.Notes;
import org.bridgeway.people.People;
import org.bridgeway.portal.PortalWorld.Portal;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.RecordNotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class MyRecordTest {

  @Autowired PortalWorld worlds;
  @Autowired MyRecord myRecord;
  @Autowired AccessLog accessLog;
  @Autowired MyNotes myNotes;
  @Autowired Notes notes;
  @Autowired People people;
  @Autowired AuditTrail audit;

  Portal p;

  @BeforeEach
  void setUp() {
    p = worlds.create();
  }

  @Test
  void theTeamShowsTheKeyWorkerFirstWithTheirWorkEmailAndNothingElseOfTheirStaffRecord() {
    MyTeam team = myRecord.team(p.sam());

    // Three support workers joined ten days ago, the key worker five days ago: the key worker still comes first.
    assertThat(team.current()).hasSize(4);
    TeamContact dee = team.current().get(0);
    assertThat(dee.name()).isEqualTo("Dee Kamara");
    assertThat(dee.role()).isEqualTo("Key worker");
    assertThat(dee.organisation()).isEqualTo("Thames Reach");
    assertThat(dee.workEmail()).isEqualTo("dee.kamara@thamesreach.org.uk");
    assertThat(team.current().get(1).role()).isEqualTo("Support worker");
    assertThat(team.current().get(1).workEmail()).isNull();
    assertThat(TeamContact.class.getRecordComponents()).extracting(c -> c.getName())
        .doesNotContain("contractedHours", "livedExperience", "jobTitle", "startDate", "endDate");
  }

  @Test
  void thePathwayTellsWhereThePersonLivesNowAndWhereBeforeInPlainWords() {
    MyPathway pathway = myRecord.pathway(p.sam());

    assertThat(pathway.now()).extracting(PlaceLived::sentence)
        .containsExactly("Since 3 March 2025 you have lived at Coldharbour Lane flats.");
    assertThat(pathway.now().get(0).kindOfPlace()).isEqualTo("flats with staff there day and night");
    assertThat(pathway.before()).hasSize(1);
    assertThat(pathway.before().get(0).sentence()).startsWith("From 10 January 2024 until 3 March 2025 you lived at "
        + "Recovery house ");
    MoveAhead move = pathway.move();
    assertThat(move).isNotNull();
    assertThat(move.to()).isEqualTo("Acre Lane floating support");
    assertThat(move.ready()).isTrue();
    assertThat(move.visits()).extracting(MoveAhead.VisitSoFar::withWhom).containsExactly("Jo from Acre Lane");
  }

  @Test
  void theAccessLogShowsTheWorkerWhoReadTheRecordAsTheAuditTrailRecordedThem() {
    people.read(p.w().ourWorker(), p.w().sam());
    myRecord.team(p.sam());

    Paged<AccessLogEntry> others = accessLog.page(p.sam(), true, 0);
    AccessLogEntry latest = others.items().get(0);
    assertThat(latest.who()).isEqualTo("Test Practitioner");
    assertThat(latest.role()).isEqualTo("Practitioner");
    assertThat(latest.organisation()).isEqualTo("Thames Reach");
    assertThat(latest.what()).isEqualTo("Looked at your record");
    assertThat(others.items()).noneMatch(AccessLogEntry::you);

    Paged<AccessLogEntry> everyone = accessLog.page(p.sam(), false, 0);
    assertThat(everyone.items().get(0).who()).isEqualTo("You");
    // The first page read is itself in the trail now: the second reading counts it.
    assertThat(everyone.items().get(0).what()).isEqualTo("Looked at who has looked at your record");
    assertThat(everyone.items().get(1).what()).isEqualTo("Looked at your team");
    assertThat(everyone.total()).isEqualTo(audit.ofPerson(p.admin().alliance(), p.w().sam(), null, 0, 1).total() - 1);
  }

  @Test
  void anotherPersonsRecordBeingReadNeverReachesTheLog() {
    long before = accessLog.page(p.sam(), true, 0).total();

    people.read(p.admin(), p.bob());
    notes.record(p.admin(), p.bob(), new NewNote(ContactKind.PHONE, notes.today(), 10, "About Bob", true, null,
        false));

    assertThat(accessLog.page(p.sam(), true, 0).total()).isEqualTo(before);
  }

  @Test
  void theHomeCountsSharedNotesNewSinceThePersonLastReadTheirNotes() {
    note("First shared note", true);
    note("Second shared note", true);
    note("Not shared with Sam", false);
    assertThat(myRecord.summary(p.sam()).newNotes()).isEqualTo(2);

    myNotes.mine(p.sam(), 0);
    note("Written after Sam read them", true);

    MySummary summary = myRecord.summary(p.sam());
    assertThat(summary.newNotes()).isEqualTo(1);
    assertThat(summary.keyWorker()).isEqualTo("Dee Kamara");
    assertThat(summary.livingNow()).isEqualTo("Since 3 March 2025 you have lived at Coldharbour Lane flats.");
    assertThat(summary.movingTo()).isEqualTo("Acre Lane floating support");
    assertThat(summary.lastLookedAtByOthers()).isNotNull();
    assertThat(summary.lastLookedAtByOthers().you()).isFalse();
  }

  @Test
  void someoneWhoIsNotAPersonWhoUsesServicesHasNoOwnRecord() {
    CurrentUser worker = p.w().ourWorker();
    assertThatThrownBy(() -> myRecord.summary(worker)).isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> accessLog.page(worker, false, 0)).isInstanceOf(RecordNotFound.class);
  }

  private UUID note(String text, boolean shared) {
    return notes.record(p.w().ourWorker(), p.w().sam(), new NewNote(ContactKind.PHONE, LocalDate.now().minusDays(1),
        15, text, shared, shared ? null : "About someone else", false));
  }
}
