package org.bridgeway.portal;

import org.jspecify.annotations.Nullable;

/**
 * What the person's home page shows: the shared notes new since they last read their notes, their key worker
 * and team, where they live now, a move being planned, and the last time someone else looked at their record.
 */
public record MySummary(String name, long newNotes, @Nullable String keyWorker, int teamSize,
    @Nullable String livingNow, @Nullable String movingTo, @Nullable AccessLogEntry lastLookedAtByOthers) {}
