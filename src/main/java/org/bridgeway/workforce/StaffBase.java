package org.bridgeway.workforce;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member of staff based at a service from a day, up to and including its end day (open while it has none). */
public record StaffBase(UUID id, UUID staffId, String staffName, UUID serviceId, String serviceName,
    LocalDate startDate, @Nullable LocalDate endDate) {

  public boolean covers(LocalDate day) {
    return !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
  }
}
