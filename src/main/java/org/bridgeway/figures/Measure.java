package org.bridgeway.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One figure's value for one period as computed, before anything is suppressed, with the counts of people (or
 * stays, or staff) it rests on: for a count, the count itself; for a share, the people counted and the people
 * not counted; for a median or mean, the people it is taken over. The small-numbers rule looks at those counts.
 * A figure that cannot be computed for the filters chosen is unavailable, with the reason.
 */
public record Measure(@Nullable BigDecimal value, List<Long> counts, @Nullable String unavailable) {

  public Measure {
    counts = List.copyOf(counts);
  }

  public static Measure count(long n) {
    return new Measure(BigDecimal.valueOf(n), List.of(n), null);
  }

  /** {@code part} of {@code whole} as a percentage to one decimal place; none when the whole is 0. */
  public static Measure share(long part, long whole) {
    BigDecimal value = whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1,
        RoundingMode.HALF_UP);
    return new Measure(value, List.of(part, whole - part), null);
  }

  /** A median, percentile or mean over some people; none when there are none. */
  public static Measure over(@Nullable BigDecimal value, long people) {
    return new Measure(people == 0 ? null : value, List.of(people), null);
  }

  /** An amount that counts no one, such as money or hours. */
  public static Measure amount(@Nullable BigDecimal value) {
    return new Measure(value, List.of(), null);
  }

  public static Measure unavailable(String reason) {
    return new Measure(null, List.of(), reason);
  }

  /** The same measure also resting on another count, such as the rest of the alliance outside the filters. */
  public Measure alsoResting(long other) {
    List<Long> more = new ArrayList<>(counts);
    more.add(other);
    return new Measure(value, more, unavailable);
  }
}
