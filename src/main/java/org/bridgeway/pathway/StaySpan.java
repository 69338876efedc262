package org.bridgeway.pathway;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The bare dates of a stay, for figures: it covers the days from {@code start} up to the day before {@code end}
 * (every day from the start while it is open). {@code ladderLevel} is the level of its service's kind on the
 * alliance's ladder, if the kind has one.
 */
public record StaySpan(UUID stayId, UUID personId, UUID serviceId, LocalDate start, @Nullable LocalDate end,
    @Nullable Integer ladderLevel) {}
