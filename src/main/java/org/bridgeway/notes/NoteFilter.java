package org.bridgeway.notes;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which notes of the timeline to show: of one kind, and by one author organisation ({@code byAlliance} for notes
 * written as the alliance, by someone who is no organisation's staff). Nothing set shows every note.
 */
public record NoteFilter(@Nullable ContactKind kind, @Nullable UUID organisationId, boolean byAlliance) {

  public static final NoteFilter ALL = new NoteFilter(null, null, false);
}
