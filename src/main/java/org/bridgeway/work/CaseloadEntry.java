package org.bridgeway.work;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's allocation to an employment specialist of an employment team, from its start to its end (with the
 * reason it ended), with the person's status and open job on the day read and their latest job start.
 */
public record CaseloadEntry(UUID id, UUID serviceId, UUID personId, String personName, UUID specialistId,
    String specialistName, LocalDate startDate, @Nullable LocalDate endDate, @Nullable String endReason,
    @Nullable EmploymentStatus status, @Nullable String currentJob, @Nullable String latestJob,
    @Nullable LocalDate latestJobStart) {

  public boolean open() {
    return endDate == null;
  }
}
