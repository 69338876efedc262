package org.bridgeway.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditEntry;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.notes.NotesWorld.World;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class NotesTest {

  @Autowired NotesWorld worlds;
  @Autowired Notes notes;
  @Autowired MyNotes myNotes;
  @Autowired AuditTrail audit;

  World w;
  LocalDate today;

  @BeforeEach
  void setUp() {
    w = worlds.create();
    today = notes.today();
  }

  UUID phoneCall(CurrentUser author, String text, boolean shared, boolean restricted) {
    return notes.record(author, w.sam(), new NewNote(ContactKind.PHONE, today.minusDays(1), 20, text, shared,
        shared ? null : "Third-party information", restricted));
  }

  @Test
  void anAmendmentKeepsTheEarlierTextWithWhoChangedItAndWhy() {
    UUID note = phoneCall(w.ourWorker(), "Talked about the move to Acre Lane", true, false);

    notes.amend(w.colleague(), w.sam(), note, 0, "Talked about the move to Acre Lane flats", "Named the flats");

    NoteHistory history = notes.get(w.ourWorker(), w.sam(), note);
    assertThat(history.note().text()).isEqualTo("Talked about the move to Acre Lane flats");
    assertThat(history.note().version()).isEqualTo(1);
    assertThat(history.versions()).extracting(NoteVersion::version, NoteVersion::text, NoteVersion::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Talked about the move to Acre Lane flats", "Named the flats"),
            org.assertj.core.groups.Tuple.tuple(0, "Talked about the move to Acre Lane", null));
    assertThat(history.versions().get(0).writtenBy()).isEqualTo(w.colleague().username());
    assertThat(history.versions().get(0).writtenName()).isEqualTo("Bola Adeyemi");
  }

  @Test
  void anAmendmentNeedsAReasonAndNothingChangesWithout() {
    UUID note = phoneCall(w.ourWorker(), "First text", true, false);

    assertThatThrownBy(() -> notes.amend(w.ourWorker(), w.sam(), note, 0, "Second text", " "))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
            .containsExactly("reason"));
    assertThat(notes.get(w.ourWorker(), w.sam(), note).versions()).hasSize(1);
  }

  @Test
  void aStaleVersionIsRefusedAsAConflictAndNothingChanges() {
    UUID note = phoneCall(w.ourWorker(), "First text", true, false);
    notes.amend(w.colleague(), w.sam(), note, 0, "Colleague's text", "Added detail");

    assertThatThrownBy(() -> notes.amend(w.ourWorker(), w.sam(), note, 0, "My text", "Corrected"))
        .isInstanceOf(EditConflict.class);

    NoteHistory history = notes.get(w.ourWorker(), w.sam(), note);
    assertThat(history.note().text()).isEqualTo("Colleague's text");
    assertThat(history.versions()).hasSize(2);
  }

  @Test
  void aVoidedNoteStaysVisibleWithItsReasonAndCannotBeAmended() {
    UUID note = phoneCall(w.ourWorker(), "Written on the wrong record", true, false);

    notes.voidNote(w.ourWorker(), w.sam(), note, "Wrong person's record");

    Note voided = notes.timeline(w.colleague(), w.sam(), NoteFilter.ALL, 0).items().get(0);
    assertThat(voided.id()).isEqualTo(note);
    assertThat(voided.voided()).isTrue();
    assertThat(voided.voidReason()).isEqualTo("Wrong person's record");
    assertThat(voided.voidedBy()).isEqualTo("Ade Adeyemi");
    assertThat(voided.text()).isEqualTo("Written on the wrong record");
    assertThatThrownBy(() -> notes.amend(w.ourWorker(), w.sam(), note, voided.version(), "New", "Because"))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage())
            .isEqualTo("This note was voided, so it cannot be changed"));
    assertThatThrownBy(() -> notes.voidNote(w.ourWorker(), w.sam(), note, "Again"))
        .isInstanceOf(Refused.class);
    assertThat(myNotes.mine(w.samHimself(), 0).items()).extracting(Note::voided).containsExactly(true);
  }

  @Test
  void aNoteNotSharedNeedsAReasonAndNothingIsSavedWithout() {
    assertThatThrownBy(() -> notes.record(w.ourWorker(), w.sam(), new NewNote(ContactKind.VIDEO, today, 30,
        "Discussed a family matter", false, "  ", false)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .containsExactly(new FieldProblem("notSharedReason", "Enter why this note is not shared with the person")));
    assertThat(notes.timeline(w.ourWorker(), w.sam(), NoteFilter.ALL, 0).total()).isZero();
  }

  @Test
  void aMissedContactHasNoLengthAndAContactLastsFromOneMinuteToTwelveHours() {
    assertThatThrownBy(() -> notes.record(w.ourWorker(), w.sam(), new NewNote(ContactKind.DID_NOT_ATTEND, today, 30,
        "Not in", true, null, false))).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> notes.record(w.ourWorker(), w.sam(), new NewNote(ContactKind.FACE_TO_FACE, today, 721,
        "Long day", true, null, false))).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> notes.record(w.ourWorker(), w.sam(), new NewNote(ContactKind.FACE_TO_FACE, today, 30,
        "x".repeat(10_001), true, null, false))).isInstanceOf(InvalidInput.class);

    notes.record(w.ourWorker(), w.sam(), new NewNote(ContactKind.DID_NOT_ATTEND, today, null, "Not in", true, null,
        false));
    notes.record(w.ourWorker(), w.sam(), new NewNote(ContactKind.FACE_TO_FACE, today, 720, "x".repeat(10_000), true,
        null, false));
    assertThat(notes.timeline(w.ourWorker(), w.sam(), NoteFilter.ALL, 0).total()).isEqualTo(2);
  }

  @Test
  void aRestrictedNoteIsSeenOnlyInsideTheAuthorsOrganisationAndNeverByThePerson() {
    UUID restricted = phoneCall(w.ourWorker(), "Safeguarding concern raised", true, true);
    UUID open = phoneCall(w.ourWorker(), "Weekly call", true, false);

    assertThat(notes.timeline(w.colleague(), w.sam(), NoteFilter.ALL, 0).items()).extracting(Note::id)
        .contains(restricted, open);
    Note seen = notes.get(w.colleague(), w.sam(), restricted).note();
    assertThat(seen.restricted()).isTrue();
    assertThat(seen.shared()).as("restricted implies not shared").isFalse();

    assertThat(notes.timeline(w.theirWorker(), w.sam(), NoteFilter.ALL, 0).items()).extracting(Note::id)
        .containsExactly(open);
    assertThat(notes.authors(w.theirWorker(), w.sam())).extracting(AuthorOrganisation::name)
        .containsExactly("Thames Reach");
    assertThatThrownBy(() -> notes.get(w.theirWorker(), w.sam(), restricted)).isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> notes.amend(w.theirWorker(), w.sam(), restricted, 0, "x", "y"))
        .isInstanceOf(RecordNotFound.class);
    assertThat(myNotes.mine(w.samHimself(), 0).items()).extracting(Note::id).containsExactly(open);
    assertThatThrownBy(() -> myNotes.comment(w.samHimself(), restricted, "What is this?"))
        .isInstanceOf(RecordNotFound.class);
  }

  @Test
  void thePersonCommentsOnlyOnNotesSharedWithThem() {
    UUID shared = phoneCall(w.ourWorker(), "Planned the visit to the flats", true, false);
    UUID notShared = phoneCall(w.ourWorker(), "Spoke with his sister", false, false);

    myNotes.comment(w.samHimself(), shared, "I liked the flats");

    assertThatThrownBy(() -> myNotes.comment(w.samHimself(), notShared, "Let me see")).isInstanceOf(RecordNotFound.class);
    assertThat(myNotes.mine(w.samHimself(), 0).items()).extracting(Note::id).containsExactly(shared);
    Note seenByWorker = notes.get(w.theirWorker(), w.sam(), shared).note();
    assertThat(seenByWorker.comments()).extracting(NoteComment::text).containsExactly("I liked the flats");
    assertThat(notes.get(w.theirWorker(), w.sam(), notShared).note().comments()).isEmpty();
  }

  @Test
  void thePersonsOwnEntriesAreShownAsTheirsAndWorkersCannotChangeThem() {
    UUID entry = myNotes.addEntry(w.samHimself(), "  A good week: I cooked for my friends  ");

    Note seen = notes.get(w.theirWorker(), w.sam(), entry).note();
    assertThat(seen.byPerson()).isTrue();
    assertThat(seen.kind()).isEqualTo(ContactKind.PERSON_ENTRY);
    assertThat(seen.text()).isEqualTo("A good week: I cooked for my friends");
    assertThat(seen.organisationName()).isNull();
    assertThat(seen.contactDate()).isEqualTo(today);
    assertThat(myNotes.mine(w.samHimself(), 0).items()).extracting(Note::byPerson).containsExactly(true);
    assertThatThrownBy(() -> notes.amend(w.ourWorker(), w.sam(), entry, 0, "Changed", "Tidy"))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> notes.voidNote(w.ourWorker(), w.sam(), entry, "Tidy")).isInstanceOf(Refused.class);
    assertThatThrownBy(() -> myNotes.addEntry(w.samHimself(), " ")).isInstanceOf(InvalidInput.class);
  }

  @Test
  void anotherPersonsNotesAndAnotherAlliancesAreNotFound() {
    UUID note = phoneCall(w.ourWorker(), "Weekly call", true, false);
    World other = worlds.create();

    assertThatThrownBy(() -> notes.timeline(other.alliance().admin, w.sam(), NoteFilter.ALL, 0))
        .isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> notes.get(other.ourWorker(), w.sam(), note)).isInstanceOf(RecordNotFound.class);
    assertThatThrownBy(() -> myNotes.comment(other.samHimself(), note, "Not mine")).isInstanceOf(RecordNotFound.class);
    assertThat(myNotes.mine(other.samHimself(), 0).total()).isZero();
    assertThatThrownBy(() -> notes.get(w.ourWorker(), other.sam(), note)).isInstanceOf(RecordNotFound.class);
  }

  @Test
  void theTimelineFiltersByKindAndAuthorOrganisationNewestFirst() {
    UUID older = notes.record(w.ourWorker(), w.sam(), new NewNote(ContactKind.FACE_TO_FACE, today.minusDays(9), 60,
        "Home visit", true, null, false));
    UUID newer = notes.record(w.theirWorker(), w.sam(), new NewNote(ContactKind.PHONE, today.minusDays(2), 10,
        "Medication review booked", true, null, false));
    UUID byAlliance = notes.record(w.alliance().admin, w.sam(), new NewNote(ContactKind.NOTE, today.minusDays(5),
        null, "Panel letter sent", true, null, false));

    assertThat(notes.timeline(w.ourWorker(), w.sam(), NoteFilter.ALL, 0).items()).extracting(Note::id)
        .containsExactly(newer, byAlliance, older);
    assertThat(notes.timeline(w.ourWorker(), w.sam(), new NoteFilter(ContactKind.PHONE, null, false), 0).items())
        .extracting(Note::id).containsExactly(newer);
    assertThat(notes.timeline(w.ourWorker(), w.sam(), new NoteFilter(null, w.alliance().ours, false), 0).items())
        .extracting(Note::id).containsExactly(older);
    Note alliance = notes.timeline(w.ourWorker(), w.sam(), new NoteFilter(null, null, true), 0).items().get(0);
    assertThat(alliance.id()).isEqualTo(byAlliance);
    assertThat(alliance.organisationName()).isEqualTo(w.alliance().admin.allianceName());
  }

  @Test
  void everyReadAndChangeIsAuditedAgainstThePerson() {
    UUID note = phoneCall(w.ourWorker(), "Weekly call", true, false);
    notes.amend(w.ourWorker(), w.sam(), note, 0, "Weekly phone call", "Clearer");
    notes.get(w.ourWorker(), w.sam(), note);
    myNotes.comment(w.samHimself(), note, "Thanks");
    myNotes.mine(w.samHimself(), 0);
    notes.voidNote(w.ourWorker(), w.sam(), note, "Duplicate");

    assertThat(audit.page(w.alliance().test.id(), w.sam(), 0, 50).items())
        .filteredOn(e -> e.subjectType().startsWith("Note"))
        .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::subjectType)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(w.ourWorker().username(), AuditAction.VOID, "Note"),
            org.assertj.core.groups.Tuple.tuple(w.samUsername(), AuditAction.VIEW, "Notes"),
            org.assertj.core.groups.Tuple.tuple(w.samUsername(), AuditAction.CREATE, "NoteComment"),
            org.assertj.core.groups.Tuple.tuple(w.ourWorker().username(), AuditAction.VIEW, "Note"),
            org.assertj.core.groups.Tuple.tuple(w.ourWorker().username(), AuditAction.UPDATE, "Note"),
            org.assertj.core.groups.Tuple.tuple(w.ourWorker().username(), AuditAction.CREATE, "Note"));
  }
}
