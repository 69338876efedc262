package org.bridgeway.dayservices;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's registration with a day service, covering the days from its start up to the day before its end. */
public record Registration(
    UUID id,
    UUID serviceId,
    String serviceName,
    UUID personId,
    String personName,
    LocalDate startDate,
    @Nullable LocalDate endDate,
    @Nullable String endReason) {

  public boolean coversDay(LocalDate day) {
    return !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day));
  }
}
