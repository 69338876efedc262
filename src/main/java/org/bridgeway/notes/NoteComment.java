package org.bridgeway.notes;

import java.time.Instant;
import java.util.UUID;

/** The person's comment on a note shared with them, in their own words. */
public record NoteComment(UUID id, UUID noteId, String text, String writtenBy, String writtenName,
    Instant writtenAt) {}
