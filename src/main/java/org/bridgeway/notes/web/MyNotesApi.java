package org.bridgeway.notes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.notes.MyNotes;
import org.bridgeway.notes.Note;
import org.bridgeway.shared.Paged;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's own notes over JSON: what is shared with them, their entries and their comments. */
@RestController
@Tag(name = "My notes", description = "The signed-in person's notes, own entries and comments")
class MyNotesApi {

  private final MyNotes myNotes;

  MyNotesApi(MyNotes myNotes) {
    this.myNotes = myNotes;
  }

  @GetMapping("/api/me/notes")
  @Operation(summary = "One page of the notes shared with me and my own entries, newest first")
  Paged<Note> mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page) {
    return myNotes.mine(user, page);
  }

  @PostMapping("/api/me/notes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add my own entry to my record, in my words; my team can read it")
  Created addEntry(@AuthenticationPrincipal CurrentUser user, @RequestBody TextRequest request) {
    return new Created(myNotes.addEntry(user, request.text()));
  }

  @PostMapping("/api/me/notes/{noteId}/comments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Comment on a note shared with me")
  Created comment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID noteId,
      @RequestBody TextRequest request) {
    return new Created(myNotes.comment(user, noteId, request.text()));
  }

  record TextRequest(@Nullable String text) {}

  record Created(UUID id) {}
}
