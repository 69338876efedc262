package org.bridgeway.health;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person whose check is due or overdue; with no last check when they have never had one. */
public record DueCheck(UUID personId, String name, @Nullable LocalDate lastCheck, @Nullable LocalDate nextDue,
    DueStatus status) {}
