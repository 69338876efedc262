package org.bridgeway.plans;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A goal in the person's words, in a part of their life, with the steps towards it, who helps and when they hope
 * to reach it. The id stays the same from version to version, so the progress recorded against it follows it; a
 * new goal has none until it is saved.
 */
public record PlanGoal(@Nullable UUID id, @Nullable LifeDomain domain, @Nullable String goal,
    @Nullable String steps, @Nullable String whoHelps, @Nullable LocalDate targetDate) {}
