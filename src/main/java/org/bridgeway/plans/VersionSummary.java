package org.bridgeway.plans;

import java.time.Instant;
import java.time.LocalDate;

/** One agreed version in the plan's history. */
public record VersionSummary(int number, Instant agreedAt, String workerName, String personName,
    LocalDate reviewOn) {}
