package org.bridgeway.demo;

import java.util.SplittableRandom;
import org.bridgeway.people.NhsNumber;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic NHS numbers from the range 999 000 0000 to 999 999 9999, which is never issued to real people.
 * Walks the million nine-digit prefixes in a seeded order with a stride that visits each prefix once, so the
 * numbers look scattered, never repeat, and need no memory; prefixes whose check digit would be 10 are
 * skipped. The range holds about 909,000 valid numbers, after which {@link #next()} gives none.
 */
final class NhsNumbers {

  static final long PREFIXES = 1_000_000L;
  private static final long FIRST_PREFIX = 999_000_000L;

  private final long start;
  private final long stride;
  private long visited;

  NhsNumbers(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    this.start = random.nextLong(PREFIXES);
    this.stride = coprimeStride(random);
  }

  /** The next unused valid number, or nothing once the range is used up. */
  @Nullable String next() {
    while (visited < PREFIXES) {
      long prefix = FIRST_PREFIX + Math.floorMod(start + visited * stride, PREFIXES);
      visited++;
      String nine = Long.toString(prefix);
      int check = NhsNumber.checkDigitFor(nine);
      if (check >= 0) {
        return nine + check;
      }
    }
    return null;
  }

  /** A stride sharing no factor with a million (neither even nor a multiple of 5) visits every prefix once. */
  private static long coprimeStride(SplittableRandom random) {
    long stride;
    do {
      stride = 100_003 + random.nextLong(PREFIXES / 2);
    } while (stride % 2 == 0 || stride % 5 == 0);
    return stride;
  }
}
