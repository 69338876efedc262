package org.bridgeway.portal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of "who has looked at my record", computed from one entry of the audit trail: when, who (the
 * person's own entries as "You"), the role they had then, their organisation, and what they did in plain words.
 */
public record AccessLogEntry(Instant at, String when, String who, @Nullable String role,
    @Nullable String organisation, String what, boolean you) {}
