package org.bridgeway.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Picks values with given relative weights, such as a code list's share in an area's population. */
final class Weighted<T> {

  private final List<T> values;
  private final int[] cumulative;

  private Weighted(Map<T, Integer> weights) {
    this.values = List.copyOf(weights.keySet());
    this.cumulative = new int[values.size()];
    int total = 0;
    for (int i = 0; i < values.size(); i++) {
      total += weights.get(values.get(i));
      cumulative[i] = total;
    }
  }

  /** Pairs of value and weight: {@code of("1", 55, "2", 42)}. */
  @SuppressWarnings("unchecked")
  static <T> Weighted<T> of(Object... pairs) {
    Map<T, Integer> weights = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      weights.put((T) pairs[i], (Integer) pairs[i + 1]);
    }
    return new Weighted<>(weights);
  }

  T pick(SplittableRandom random) {
    int ticket = random.nextInt(cumulative[cumulative.length - 1]);
    for (int i = 0; i < cumulative.length; i++) {
      if (ticket < cumulative[i]) {
        return values.get(i);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  static <T> T any(List<T> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }
}
