package org.bridgeway.community;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.UUID;

/**
 * Among a list of people on a day: how many active connections each has (every person listed, zero included),
 * and how many have at least one.
 */
public record ConnectionFigures(Map<UUID, Integer> perPerson, int withAtLeastOne) {

  public int people() {
    return perPerson.size();
  }

  /** The share with at least one connection, as a fraction to four places; zero among no people. */
  public BigDecimal shareWithAtLeastOne() {
    return perPerson.isEmpty() ? BigDecimal.ZERO
        : BigDecimal.valueOf(withAtLeastOne).divide(BigDecimal.valueOf(perPerson.size()), 4, RoundingMode.HALF_UP);
  }

  /** Active connections per person, on average, to two places. */
  public BigDecimal averagePerPerson() {
    long total = perPerson.values().stream().mapToLong(Integer::longValue).sum();
    return perPerson.isEmpty() ? BigDecimal.ZERO
        : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(perPerson.size()), 2, RoundingMode.HALF_UP);
  }
}
