package org.bridgeway.money;

import java.time.LocalDate;

/**
 * The cost of care for the days from {@code from} to {@code to} (both included): {@code pence} rounded half-up
 * once from the exact sum; {@code stayDays} the days of stays counted, and {@code daysWithoutRate} those of them
 * with no rate recorded for their service (counted at nothing).
 */
public record CareCost(LocalDate from, LocalDate to, long pence, long stayDays, long daysWithoutRate) {

  public String text() {
    return Pounds.text(pence);
  }
}
