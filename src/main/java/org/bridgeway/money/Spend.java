package org.bridgeway.money;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A spend from a personal budget; a voided spend keeps its reason and counts for nothing. */
public record Spend(UUID id, UUID budgetId, LocalDate spentOn, SpendCategory category, long amountPence,
    @Nullable String note, String recordedBy, int version, @Nullable String voidedReason, @Nullable String voidedBy) {

  public boolean voided() {
    return voidedReason != null;
  }

  public String amountText() {
    return Pounds.text(amountPence);
  }
}
