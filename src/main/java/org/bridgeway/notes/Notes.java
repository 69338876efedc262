package org.bridgeway.notes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.notes.internal.NoteStore;
import org.bridgeway.notes.internal.Reader;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notes as their workers write and read them. Only someone who may open the person's record may
 * see or write notes; a worker writes as their organisation (as the alliance when they are no organisation's
 * staff) and sees restricted notes only of their own organisation. A note is amended (every earlier text kept,
 * with who, when and why) or voided with a reason, never deleted; a voided note cannot be amended. The
 * person's own entries are theirs: a worker reads them but does not change them. Every read and change is
 * audited against the person.
 */
@Service
public class Notes {

  public static final int PAGE_SIZE = 20;

  private final NoteStore store;
  private final People people;
  private final Staff staff;
  private final AuditTrail audit;
  private final Clock clock;

  Notes(NoteStore store, People people, Staff staff, AuditTrail audit, Clock clock) {
    this.store = store;
    this.people = people;
    this.staff = staff;
    this.audit = audit;
    this.clock = clock;
  }

  /** One page of the person's timeline, newest first. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public Paged<Note> timeline(CurrentUser user, UUID personId, NoteFilter filter, int page) {
    people.requireAccess(user, personId);
    Paged<Note> notes = store.page(user.alliance(), personId, reader(user), filter, Math.max(0, page), PAGE_SIZE);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Notes", personId, personId,
        "Notes, page " + (notes.page() + 1) + ": " + notes.items().size() + " shown of " + notes.total());
    return notes;
  }

  /** The organisations whose notes on the person the user may see, for filtering the timeline. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<AuthorOrganisation> authors(CurrentUser user, UUID personId) {
    people.requireAccess(user, personId);
    return store.authors(user.alliance(), personId, reader(user));
  }

  /**
   * The person's notes of one day that the user may see, voided ones left out; for matching an imported contact
   * with one already recorded. Audited as a view of the day's notes.
   */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<Note> onDay(CurrentUser user, UUID personId, LocalDate day) {
    people.requireAccess(user, personId);
    List<Note> notes = store.onDay(user.alliance(), personId, reader(user), day);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Notes", personId, personId,
        "Notes of " + day + ": " + notes.size() + " shown");
    return notes;
  }

  /** A note with every text it has had. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public NoteHistory get(CurrentUser user, UUID personId, UUID noteId) {
    people.requireAccess(user, personId);
    Note note = note(user, personId, noteId);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Note", noteId, personId, null);
    return new NoteHistory(note, store.versions(user.alliance(), noteId));
  }

  /**
   * The person a note is about, for a caller that knows only the note's id (a partner system reading a contact);
   * it names no one and opens nothing, so it is not audited: the read that follows checks access and is.
   */
  @Transactional(readOnly = true)
  public Optional<UUID> personOf(CurrentUser user, UUID noteId) {
    return store.personOf(user.alliance(), noteId);
  }

  /**
   * Every contact with the person the user may see, taken place or missed, oldest first, voided ones left out;
   * plain notes and the person's own entries are no contacts. Audited as one view.
   */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<Note> contacts(CurrentUser user, UUID personId) {
    people.requireAccess(user, personId);
    List<Note> contacts = store.contacts(user.alliance(), personId, reader(user));
    audit.record(user, user.alliance(), AuditAction.VIEW, "Notes", personId, personId,
        "Contacts: " + contacts.size() + " shown");
    return contacts;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID record(CurrentUser user, UUID personId, NewNote note) {
    people.requireAccess(user, personId);
    List<FieldProblem> problems = note.problems(today());
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Author author = author(user);
    UUID id = UUID.randomUUID();
    store.insert(user.alliance(), id, personId, new NoteStore.NewRow(note.kind(), note.contactDate(),
        note.durationMinutes(), note.text().trim(), user.username(), author.name(), author.organisationId(),
        note.shared(), note.reasonNotShared(), note.restricted()));
    audit.record(user, user.alliance(), AuditAction.CREATE, "Note", id, personId, note.kind().label() + " on "
        + note.contactDate() + (note.restricted() ? ", restricted" : note.shared() ? "" : ", not shared"));
    return id;
  }

  /** Replaces the text, keeping the earlier one; refused if someone changed the note since the version read. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void amend(CurrentUser user, UUID personId, UUID noteId, int version, @Nullable String text,
      @Nullable String reason) {
    people.requireAccess(user, personId);
    Note note = note(user, personId, noteId);
    List<FieldProblem> problems = new ArrayList<>(NewNote.textProblems("text", text));
    if (NewNote.blank(reason)) {
      problems.add(new FieldProblem("reason", "Enter why you are changing the note"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    changeable(note, "text", "changed");
    if (note.version() != version || !store.amend(user.alliance(), noteId, version, text.trim(), user.username(),
        author(user).name(), reason.trim())) {
      throw new EditConflict("note");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Note", noteId, personId, "Amended: " + reason.trim());
  }

  /** Marks a note entered in error as void; it stays on the timeline with who voided it, when and why. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void voidNote(CurrentUser user, UUID personId, UUID noteId, @Nullable String reason) {
    people.requireAccess(user, personId);
    Note note = note(user, personId, noteId);
    if (NewNote.blank(reason)) {
      throw new InvalidInput(List.of(new FieldProblem("voidReason", "Enter why the note is being voided")));
    }
    changeable(note, "voidReason", "voided");
    if (!store.voidNote(user.alliance(), noteId, author(user).name(), reason.trim())) {
      throw new EditConflict("note");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "Note", noteId, personId, reason.trim());
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private static void changeable(Note note, String field, String what) {
    if (note.byPerson()) {
      throw new Refused(field, "This is the person's own entry, in their words: it cannot be " + what + " here");
    }
    if (note.voided()) {
      throw new Refused(field, "This note was voided, so it cannot be " + what);
    }
  }

  private Note note(CurrentUser user, UUID personId, UUID noteId) {
    return store.find(user.alliance(), personId, noteId, reader(user)).orElseThrow(() -> new RecordNotFound("Note"));
  }

  private Reader reader(CurrentUser user) {
    return Reader.worker(author(user).organisationId());
  }

  /** Who writes: a member of staff as their organisation, anyone else (an administrator) as the alliance. */
  private Author author(CurrentUser user) {
    if (user.staffId() == null) {
      return new Author(user.displayName(), null);
    }
    StaffMember member = staff.get(user.alliance(), user.staffId());
    return new Author(member.fullName(), member.organisationId());
  }

  private record Author(String name, @Nullable UUID organisationId) {}

  /**
   * Each person's contacts that took place in the period (both ends included), with any partner, for the alliance
   * figures: notes of a contact of a kind that {@link ContactKind#hasDuration() takes place}, not voided. Counts
   * only, naming no one, so not audited here.
   */
  @Transactional(readOnly = true)
  public Map<UUID, Integer> contactsBetween(UUID alliance, LocalDate from, LocalDate to) {
    return store.contactsBetween(alliance, from, to);
  }
}
