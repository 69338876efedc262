package org.bridgeway.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Progress towards a goal on a day, with a note; {@code byPerson} marks the person's own view. */
public record ProgressEntry(UUID id, UUID goalId, LocalDate recordedOn, Progress progress, @Nullable String note,
    boolean byPerson, String recordedName, Instant recordedAt) {}
