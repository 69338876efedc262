package org.bridgeway.pathway;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person who is ready to move and has not moved yet: where they are now (the service of the stay the move
 * plan moves them from, if Bridgeway knows it), where to, since when and how many days they have waited on
 * the board's day. Delayed when the service they are moving to has a capacity and no vacancy now.
 */
public record ReadyToMove(
    UUID personId,
    String name,
    @Nullable String from,
    String to,
    LocalDate readySince,
    long daysWaiting,
    boolean delayed) {}
