package org.bridgeway.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The paired-scores figure: for each person and instrument, the earliest and the latest total score in the window
 * (both ends included), if at least {@value #MIN_DAYS_APART} days apart; change = latest − earliest. For DIALOG the
 * total is the mean of items 1 to 8. Voided responses do not count.
 */
public record PairedScores(String instrumentCode, LocalDate from, LocalDate to, List<Pair> pairs,
    @Nullable BigDecimal meanChange) {

  public static final int MIN_DAYS_APART = 30;

  /** One person's pair. */
  public record Pair(UUID personId, LocalDate earliestOn, BigDecimal earliest, LocalDate latestOn,
      BigDecimal latest) {
    public BigDecimal change() {
      return latest.subtract(earliest);
    }
  }

  /** A saved total, as the figure reads it. */
  public record Total(UUID personId, UUID responseId, LocalDate answeredOn, BigDecimal total) {}

  public PairedScores {
    pairs = List.copyOf(pairs);
  }

  /** Pairs the totals of one instrument (already without voided responses) in the window. */
  public static PairedScores of(String instrumentCode, LocalDate from, LocalDate to, List<Total> totals) {
    Map<UUID, List<Total>> byPerson = new LinkedHashMap<>();
    totals.stream().filter(t -> !t.answeredOn().isBefore(from) && !t.answeredOn().isAfter(to))
        .sorted(Comparator.comparing(Total::answeredOn).thenComparing(t -> t.responseId().toString()))
        .forEach(t -> byPerson.computeIfAbsent(t.personId(), p -> new java.util.ArrayList<>()).add(t));
    List<Pair> pairs = byPerson.values().stream().map(list -> {
      Total first = list.get(0);
      Total last = list.get(list.size() - 1);
      return ChronoUnit.DAYS.between(first.answeredOn(), last.answeredOn()) >= MIN_DAYS_APART
          ? new Pair(first.personId(), first.answeredOn(), first.total(), last.answeredOn(), last.total()) : null;
    }).filter(java.util.Objects::nonNull).toList();
    BigDecimal mean = pairs.isEmpty() ? null : pairs.stream().map(Pair::change).reduce(BigDecimal.ZERO,
        BigDecimal::add).divide(BigDecimal.valueOf(pairs.size()), 3, RoundingMode.HALF_UP);
    return new PairedScores(instrumentCode, from, to, pairs, mean);
  }
}
