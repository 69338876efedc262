package org.bridgeway.pathway;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How long a group of stays in a service lasted (or, for open stays, has lasted so far), in covered days.
 * Quartiles and median by the nearest-rank method: of n lengths in order, the p-th percentile is the one at
 * rank ⌈p × n / 100⌉. {@code bands} counts the lengths in each of {@link #BANDS}. {@code withinIntended} counts
 * the stays no longer than the service's intended maximum, out of {@code withIntended} stays whose service has
 * one. With no service, the line is the total of all services.
 */
public record LengthDistribution(
    @Nullable UUID serviceId,
    String serviceName,
    @Nullable Integer intendedMaxDays,
    long count,
    long lowerQuartile,
    long median,
    long upperQuartile,
    long shortest,
    long longest,
    List<Long> bands,
    long withinIntended,
    long withIntended) {

  /** The bands, with months as days: 91, 182, 273, 365, 547 and 730. */
  public static final List<Band> BANDS = List.of(new Band("Under 3 months", 0, 91),
      new Band("3 to 6 months", 91, 182), new Band("6 to 9 months", 182, 273), new Band("9 to 12 months", 273, 365),
      new Band("12 to 18 months", 365, 547), new Band("18 to 24 months", 547, 730),
      new Band("2 years and over", 730, null));

  /** Lengths from {@code from} days up to, but not including, {@code below} days (no upper end when null). */
  public record Band(String label, int from, @Nullable Integer below) {

    public String days() {
      return below == null ? from + " days or more" : from == 0 ? "under " + below + " days"
          : from + " to " + (below - 1) + " days";
    }
  }

  /** The share of the stays with an intended length that were within it, as a percentage to one decimal. */
  public @Nullable BigDecimal withinIntendedPercent() {
    return withIntended == 0 ? null : BigDecimal.valueOf(withinIntended * 100L)
        .divide(BigDecimal.valueOf(withIntended), 1, RoundingMode.HALF_UP);
  }
}
