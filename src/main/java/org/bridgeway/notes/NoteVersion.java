package org.bridgeway.notes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One text a note has had: version 0 as first written, each later one an amendment with its reason. */
public record NoteVersion(int version, String text, String writtenBy, String writtenName, Instant writtenAt,
    @Nullable String reason) {}
