package org.bridgeway.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** How many of a list of people had a complete check on a day, and the share as a percentage to one decimal. */
public record Share(LocalDate day, int complete, int people) {

  public @Nullable BigDecimal percent() {
    return people == 0 ? null
        : BigDecimal.valueOf(complete * 100L).divide(BigDecimal.valueOf(people), 1, RoundingMode.HALF_UP);
  }
}
