package org.bridgeway.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A job a person started, with its ending once it has one. Pay is in pence an hour. */
public record Job(UUID id, UUID personId, String employer, String role, BigDecimal hoursAWeek,
    @Nullable Long hourlyPayPence, boolean competitive, LocalDate startDate, @Nullable LocalDate endDate,
    @Nullable JobEndReason endReason, int version) {

  public boolean open() {
    return endDate == null;
  }

  public boolean coversDay(LocalDate day) {
    return !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day));
  }

  public String payText() {
    return hourlyPayPence == null ? "Not recorded"
        : String.format("£%d.%02d an hour", hourlyPayPence / 100, hourlyPayPence % 100);
  }
}
