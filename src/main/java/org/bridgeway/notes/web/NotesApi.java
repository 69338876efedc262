package org.bridgeway.notes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.NewNote;
import org.bridgeway.notes.Note;
import org.bridgeway.notes.NoteFilter;
import org.bridgeway.notes.NoteHistory;
import org.bridgeway.notes.Notes;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Paged;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A person's notes over JSON, for workers, with the same rules, access and audit as the pages. */
@RestController
@Tag(name = "Notes", description = "Contacts and notes on a person's record, amended or voided but never deleted")
class NotesApi {

  private final Notes notes;

  NotesApi(Notes notes) {
    this.notes = notes;
  }

  @GetMapping("/api/people/{id}/notes")
  @Operation(summary = "One page of the person's notes, newest first; restricted notes of other organisations are "
      + "left out; filter by kind and by author organisation (an id, or 'alliance')")
  Paged<Note> timeline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestParam(required = false) @Nullable ContactKind kind,
      @RequestParam(required = false) @Nullable String organisation, @RequestParam(defaultValue = "0") int page) {
    UUID organisationId = null;
    if (organisation != null && !organisation.equals("alliance")) {
      try {
        organisationId = UUID.fromString(organisation);
      } catch (IllegalArgumentException e) {
        throw new InvalidInput(List.of(new FieldProblem("organisation", "Give an organisation's id, or alliance")));
      }
    }
    return notes.timeline(user, id, new NoteFilter(kind, organisationId, "alliance".equals(organisation)), page);
  }

  @PostMapping("/api/people/{id}/notes")
  @Operation(summary = "Record a contact or note; shared with the person unless shared is false with a "
      + "notSharedReason; restricted notes are seen only in the author's organisation and never shared")
  ResponseEntity<NoteHistory> record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody NoteRequest request) {
    UUID note = notes.record(user, id, request.note());
    return ResponseEntity.created(URI.create("/api/people/" + id + "/notes/" + note))
        .body(notes.get(user, id, note));
  }

  @GetMapping("/api/people/{id}/notes/{noteId}")
  @Operation(summary = "A note with every text it has had, newest first")
  NoteHistory note(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID noteId) {
    return notes.get(user, id, noteId);
  }

  @PostMapping("/api/people/{id}/notes/{noteId}/amend")
  @Operation(summary = "Amend a note's text with a reason, keeping the earlier text; give the version you read, "
      + "or get 409")
  NoteHistory amend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID noteId,
      @RequestBody AmendRequest request) {
    if (request.version() == null) {
      throw new InvalidInput(List.of(new FieldProblem("version", "Give the version of the note you are amending")));
    }
    notes.amend(user, id, noteId, request.version(), request.text(), request.reason());
    return notes.get(user, id, noteId);
  }

  @PostMapping("/api/people/{id}/notes/{noteId}/void")
  @Operation(summary = "Void a note entered in error, with a reason; it stays on the record, marked voided")
  NoteHistory voidNote(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID noteId,
      @RequestBody VoidRequest request) {
    notes.voidNote(user, id, noteId, request.reason());
    return notes.get(user, id, noteId);
  }

  /** A note to record; shared unless said otherwise. */
  record NoteRequest(@Nullable ContactKind kind, @Nullable LocalDate contactDate, @Nullable Integer durationMinutes,
      @Nullable String text, @Nullable Boolean shared, @Nullable String notSharedReason,
      @Nullable Boolean restricted) {

    NewNote note() {
      return new NewNote(kind, contactDate, durationMinutes, text, shared == null || shared, notSharedReason,
          Boolean.TRUE.equals(restricted));
    }
  }

  record AmendRequest(@Nullable Integer version, @Nullable String text, @Nullable String reason) {}

  record VoidRequest(@Nullable String reason) {}
}
