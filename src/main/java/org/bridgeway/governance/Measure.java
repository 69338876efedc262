package org.bridgeway.governance;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An outcome of an initiative in numbers: what was measured, the value and its unit. */
public record Measure(UUID id, String name, BigDecimal value, @Nullable String unit, @Nullable String voidReason) {

  public boolean voided() {
    return voidReason != null;
  }

  public String valueText() {
    return value.stripTrailingZeros().toPlainString() + (unit == null ? "" : " " + unit);
  }
}
