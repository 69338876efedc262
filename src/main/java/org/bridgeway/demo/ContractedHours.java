package org.bridgeway.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A fixed set of weekly contracted hours handed out one at a time, so that a workforce adds up to a known total
 * (Leeds: 110 staff at 26.25 hours on average, 77 whole-time equivalents) however the posts are arranged.
 * Full-time hours go first to the posts that are usually full time; the rest are dealt in a seeded order.
 */
final class ContractedHours {

  static final BigDecimal FULL_TIME = new BigDecimal("37.5");

  private final List<BigDecimal> hours = new ArrayList<>();
  private int reservedFullTime;

  /**
   * Pairs of a number of posts and their weekly hours, {@code of(seed, 25, 40, "37.5", 10, "30")}, keeping
   * enough full-time hours for the posts that will ask for them.
   */
  static ContractedHours of(long seed, int fullTimePosts, Object... countAndHours) {
    ContractedHours pool = new ContractedHours();
    pool.reservedFullTime = fullTimePosts;
    for (int i = 0; i < countAndHours.length; i += 2) {
      pool.hours.addAll(Collections.nCopies((Integer) countAndHours[i], new BigDecimal((String) countAndHours[i + 1])));
    }
    Collections.shuffle(pool.hours, new Random(seed));
    return pool;
  }

  /** Endless hours that go round the values given, for a workforce without a fixed total. */
  static Supplier<BigDecimal> cycling(String... values) {
    int[] next = {0};
    return () -> new BigDecimal(values[next[0]++ % values.length]);
  }

  BigDecimal fullTime() {
    reservedFullTime--;
    if (!hours.remove(FULL_TIME)) {
      throw new IllegalStateException("No full-time hours left to give");
    }
    return FULL_TIME;
  }

  /** The next hours in the seeded order, leaving the full-time hours that are still reserved. */
  BigDecimal next() {
    long spareFullTime = hours.stream().filter(FULL_TIME::equals).count() - reservedFullTime;
    for (int i = hours.size() - 1; i >= 0; i--) {
      if (!hours.get(i).equals(FULL_TIME) || spareFullTime > 0) {
        return hours.remove(i);
      }
    }
    throw new IllegalStateException("More posts than contracted hours");
  }

  int left() {
    return hours.size();
  }
}
