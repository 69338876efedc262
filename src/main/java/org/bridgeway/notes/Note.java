package org.bridgeway.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A note as the reader may see it, with the person's comments on it. {@code byPerson} marks the person's own
 * words; {@code organisationName} is the author's organisation, or the alliance's name for someone who is no
 * organisation's staff, or null for the person.
 */
public record Note(
    UUID id,
    UUID personId,
    ContactKind kind,
    LocalDate contactDate,
    @Nullable Integer durationMinutes,
    String text,
    boolean byPerson,
    String author,
    String authorName,
    @Nullable UUID organisationId,
    @Nullable String organisationName,
    boolean shared,
    @Nullable String notSharedReason,
    boolean restricted,
    Instant recordedAt,
    @Nullable Instant voidedAt,
    @Nullable String voidedBy,
    @Nullable String voidReason,
    int version,
    List<NoteComment> comments) {

  public boolean voided() {
    return voidedAt != null;
  }

  public boolean amended() {
    return version > 0;
  }

  public Note withComments(List<NoteComment> all) {
    return new Note(id, personId, kind, contactDate, durationMinutes, text, byPerson, author, authorName,
        organisationId, organisationName, shared, notSharedReason, restricted, recordedAt, voidedAt, voidedBy,
        voidReason, version, all);
  }
}
