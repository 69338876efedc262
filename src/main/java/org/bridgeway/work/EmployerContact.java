package org.bridgeway.work;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A specialist's contact with an employer. */
public record EmployerContact(UUID id, UUID serviceId, @Nullable UUID specialistId, @Nullable String specialistName,
    String employer, LocalDate date, EmployerContactKind kind, @Nullable String notes) {}
