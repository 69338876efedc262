package org.bridgeway.dayservices;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a register: a registered person and whether they came (none when not yet marked). */
public record RegisterEntry(UUID personId, String personName, @Nullable Boolean present) {}
