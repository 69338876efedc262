package org.bridgeway.alliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Workforce on a day: headcount of staff with a contract covering it, mean contracted hours, and
 * whole-time equivalents (the sum of contracted hours over the standard week, to one decimal place).
 */
public record Workforce(int headcount, BigDecimal meanHours, BigDecimal wholeTimeEquivalents, int livedExperience) {

  public static final BigDecimal DEFAULT_STANDARD_WEEK = new BigDecimal("37.5");

  public static Workforce of(Collection<BigDecimal> contractedHours, int livedExperience, BigDecimal standardWeek) {
    if (standardWeek.signum() <= 0) {
      throw new IllegalArgumentException("The standard week must be more than 0 hours");
    }
    BigDecimal total = contractedHours.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    int headcount = contractedHours.size();
    BigDecimal mean = headcount == 0 ? BigDecimal.ZERO
        : total.divide(BigDecimal.valueOf(headcount), 1, RoundingMode.HALF_UP);
    return new Workforce(headcount, mean, wte(total, standardWeek), livedExperience);
  }

  /** Whole-time equivalent of some hours against a standard week, to one decimal place, half up. */
  public static BigDecimal wte(BigDecimal hours, BigDecimal standardWeek) {
    return hours.divide(standardWeek, 1, RoundingMode.HALF_UP);
  }
}
