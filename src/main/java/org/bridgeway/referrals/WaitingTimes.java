package org.bridgeway.referrals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Waiting times in whole days, summed up as the median and the 90th percentile by the nearest-rank method:
 * sort the n values from shortest to longest; the p-th percentile is the value at rank ⌈p/100 × n⌉, counting
 * ranks from 1. The rank is worked in whole numbers, so no rounding of fractions can shift it. With no values
 * there is no figure.
 */
public final class WaitingTimes {

  private WaitingTimes() {}

  /** How many waits were counted, and their median and 90th percentile in days (empty when none). */
  public record Figure(int count, @Nullable Long median, @Nullable Long ninetiethPercentile) {

    public boolean empty() {
      return count == 0;
    }
  }

  public static Figure of(Collection<Long> days) {
    List<Long> sorted = new ArrayList<>(days);
    Collections.sort(sorted);
    return new Figure(sorted.size(), percentile(sorted, 50), percentile(sorted, 90));
  }

  /** The value at rank ⌈percent × n / 100⌉ of values already sorted; empty when there are none. */
  static @Nullable Long percentile(List<Long> sorted, int percent) {
    int n = sorted.size();
    if (n == 0) {
      return null;
    }
    int rank = (percent * n + 99) / 100;
    return sorted.get(Math.max(rank, 1) - 1);
  }
}
