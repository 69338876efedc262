package org.bridgeway.demo;

import java.util.SplittableRandom;
import java.util.UUID;

/** Version 4 UUIDs drawn from a seeded generator, so that a demo built twice has the same ids. */
final class RandomIds {

  private RandomIds() {}

  static UUID next(SplittableRandom random) {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}
