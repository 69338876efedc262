package org.bridgeway.money;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person's budget for the days from {@code startDate} to {@code endDate}, both included. */
public record PersonalBudget(UUID id, UUID personId, BudgetKind kind, long amountPence, LocalDate startDate,
    LocalDate endDate, @Nullable String note, String recordedBy, int version) {

  public boolean covers(LocalDate day) {
    return !day.isBefore(startDate) && !day.isAfter(endDate);
  }

  public String amountText() {
    return Pounds.text(amountPence);
  }

  public String periodText() {
    return Days.text(startDate) + " to " + Days.text(endDate);
  }
}
