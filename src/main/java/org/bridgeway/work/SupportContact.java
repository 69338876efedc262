package org.bridgeway.work;

import java.time.LocalDate;
import java.util.UUID;

/** A contact of in-work support for a job. */
public record SupportContact(UUID id, UUID jobId, LocalDate date, String notes, String recordedBy) {}
