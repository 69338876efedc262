package org.bridgeway.work;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person on an employment team's caseload, allocated to an employment specialist. */
public record CaseloadEntry(UUID id, UUID serviceId, UUID personId, String personName, UUID specialistId,
    String specialistName, LocalDate startDate, @Nullable LocalDate endDate, @Nullable EmploymentStatus status,
    @Nullable String currentJob) {}
