package org.bridgeway.notes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.notes.internal.NoteStore;
import org.bridgeway.notes.internal.Reader;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own notes: the notes shared with them and the entries they wrote, on their own record only.
 * They add entries in their own words and comment on notes shared with them; a note not shared with them, or
 * on anyone else's record, is not found. Every read and change is audited against them.
 */
@Service
public class MyNotes {

  private static final int COPY_PAGE = 200;

  private final NoteStore store;
  private final AuditTrail audit;
  private final Clock clock;

  MyNotes(NoteStore store, AuditTrail audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /** One page of the notes shared with the person and their own entries, newest first. */
  @Transactional
  public Paged<Note> mine(CurrentUser user, int page) {
    UUID me = me(user);
    Paged<Note> notes = store.page(user.alliance(), me, Reader.thePerson(), NoteFilter.ALL, Math.max(0, page),
        Notes.PAGE_SIZE);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Notes", me, me, "Their own notes, page "
        + (notes.page() + 1));
    return notes;
  }

  /**
   * How many notes from their team, shared with the person, were written since they last read their notes
   * (every one, if they never have). Their last reading is found in the audit trail.
   */
  @Transactional(readOnly = true)
  public long newSinceLastRead(CurrentUser user) {
    UUID me = me(user);
    Instant lastRead = audit.lastBy(user.alliance(), user.username(), me, AuditAction.VIEW, "Notes").orElse(null);
    return store.countByWorkersSince(user.alliance(), me, Reader.thePerson(), lastRead);
  }

  /**
   * Every note shared with the person and every entry of theirs, newest first, each with their comments, for a
   * copy of their record; read a page at a time and audited once.
   */
  @Transactional
  public void each(CurrentUser user, Consumer<Note> each) {
    UUID me = me(user);
    audit.record(user, user.alliance(), AuditAction.EXPORT, "Notes", me, me, "Their own notes, for a copy");
    int page = 0;
    Paged<Note> notes;
    do {
      notes = store.page(user.alliance(), me, Reader.thePerson(), NoteFilter.ALL, page++, COPY_PAGE);
      notes.items().forEach(each);
    } while ((long) page * COPY_PAGE < notes.total());
  }

  /** Adds the person's own entry to their record, dated today and shared with their team. */
  @Transactional
  public UUID addEntry(CurrentUser user, @Nullable String text) {
    UUID me = me(user);
    checked(text);
    UUID id = UUID.randomUUID();
    store.insert(user.alliance(), id, me, new NoteStore.NewRow(ContactKind.PERSON_ENTRY, LocalDate.now(clock), null,
        text.trim(), user.username(), user.displayName(), null, true, null, false));
    audit.record(user, user.alliance(), AuditAction.CREATE, "Note", id, me, "Their own entry");
    return id;
  }

  /** Adds the person's comment to a note shared with them. */
  @Transactional
  public UUID comment(CurrentUser user, UUID noteId, @Nullable String text) {
    UUID me = me(user);
    Note note = store.find(user.alliance(), me, noteId, Reader.thePerson())
        .orElseThrow(() -> new RecordNotFound("Note"));
    checked(text);
    if (note.voided()) {
      throw new Refused("text", "This note was taken back by your team, so you cannot comment on it");
    }
    UUID id = UUID.randomUUID();
    store.insertComment(user.alliance(), id, noteId, me, text.trim(), user.username(), user.displayName());
    audit.record(user, user.alliance(), AuditAction.CREATE, "NoteComment", id, me, "Their comment on a note");
    return id;
  }

  private static void checked(@Nullable String text) {
    var problems = NewNote.textProblems("text", text);
    if (!problems.isEmpty()) {
      throw new InvalidInput(List.of(new org.bridgeway.shared.FieldProblem("text",
          NewNote.blank(text) ? "Write what you want to say" : problems.get(0).message())));
    }
  }

  /** The person signed in; someone who is not a person who uses services has no notes of their own. */
  private static UUID me(CurrentUser user) {
    if (user.role() != Role.PERSON || user.personId() == null) {
      throw new RecordNotFound("Person");
    }
    return user.personId();
  }
}
