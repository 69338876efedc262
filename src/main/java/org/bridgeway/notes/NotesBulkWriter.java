package org.bridgeway.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.shared.CopyRows;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes many past notes at once with PostgreSQL's COPY, for generators and imports: each with its versions
 * (an amended note keeps its earlier text), its void, and a comment by the person. Every note is checked by
 * the same rules as the form; the first broken one stops the write and the caller's transaction saves nothing.
 * Unlike {@link Notes}, it writes no audit entry per note.
 */
@Component
public class NotesBulkWriter {

  private static final String NOTE_COPY = """
      copy note (alliance_id, id, person_id, kind, contact_date, duration_minutes, body, by_person, author,
        author_name, organisation_id, shared, not_shared_reason, restricted, recorded_at, voided_at, voided_by,
        void_reason, version) from stdin""";
  private static final String VERSION_COPY = """
      copy note_version (alliance_id, note_id, version, body, written_by, written_name, written_at, reason)
      from stdin""";
  private static final String COMMENT_COPY = """
      copy note_comment (alliance_id, id, note_id, person_id, body, written_by, written_name, written_at)
      from stdin""";

  private final DataSource dataSource;

  NotesBulkWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * A note written in the past: by a worker (of an organisation, or none for the alliance) or, for an own entry,
   * by the person. An earlier text makes it amended; a void reason voids it; a comment is the person's.
   */
  public record PastNote(UUID personId, NewNote note, String author, String authorName,
      @Nullable UUID organisationId, @Nullable String earlierText, @Nullable String amendReason,
      @Nullable String voidReason, @Nullable String personComment, String personName) {}

  /** Writes the notes; returns how many. */
  public long write(UUID alliance, List<PastNote> notes, LocalDate today) {
    CopyRows note = new CopyRows();
    CopyRows version = new CopyRows();
    CopyRows comment = new CopyRows();
    for (int i = 0; i < notes.size(); i++) {
      PastNote past = notes.get(i);
      check(past, today, i + 1);
      NewNote n = past.note();
      UUID id = UUID.randomUUID();
      boolean byPerson = n.kind() == ContactKind.PERSON_ENTRY;
      Instant written = n.contactDate().atTime(10 + i % 7, (i * 13) % 60).toInstant(ZoneOffset.UTC);
      Instant later = written.plusSeconds(3_600L * 26);
      int versions = past.earlierText() == null ? 0 : 1;
      String text = n.text().trim();
      note.row(alliance, id, past.personId(), n.kind().name(), n.contactDate(), n.durationMinutes(), text, byPerson,
          past.author(), past.authorName(), past.organisationId(), byPerson || n.shared(),
          byPerson ? null : n.reasonNotShared(), !byPerson && n.restricted(), written,
          past.voidReason() == null ? null : later, past.voidReason() == null ? null : past.authorName(),
          past.voidReason(), versions + (past.voidReason() == null ? 0 : 1));
      if (past.earlierText() != null) {
        version.row(alliance, id, 0, past.earlierText(), past.author(), past.authorName(), written, null);
        version.row(alliance, id, 1, text, past.author(), past.authorName(), later, past.amendReason());
      } else {
        version.row(alliance, id, 0, text, past.author(), past.authorName(), written, null);
      }
      if (past.personComment() != null) {
        comment.row(alliance, UUID.randomUUID(), id, past.personId(), past.personComment(), "demo",
            past.personName(), written.plusSeconds(3_600L * 50));
      }
    }
    note.copy(dataSource, NOTE_COPY);
    version.copy(dataSource, VERSION_COPY);
    comment.copy(dataSource, COMMENT_COPY);
    return notes.size();
  }

  private static void check(PastNote past, LocalDate today, int number) {
    NewNote n = past.note();
    List<FieldProblem> problems = n.kind() == ContactKind.PERSON_ENTRY
        ? NewNote.textProblems("text", n.text()) : n.problems(today);
    if (past.earlierText() != null && NewNote.blank(past.amendReason())) {
      problems = List.of(new FieldProblem("reason", "An amended note needs its reason"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems.stream()
          .map(p -> new FieldProblem(p.field(), "Note " + number + ": " + p.message())).toList());
    }
  }
}
