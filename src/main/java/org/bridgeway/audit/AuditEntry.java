package org.bridgeway.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail. */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    String actorRole,
    AuditAction action,
    String subjectType,
    @Nullable String subjectId,
    @Nullable UUID personId,
    @Nullable String detail,
    @Nullable String sourceIp) {}
