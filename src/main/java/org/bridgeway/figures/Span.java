package org.bridgeway.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How far back a chart looks: a number of whole calendar months or quarters, the last of them the last one that
 * ended before today. Each point of a chart is one of those periods, both ends included.
 */
public enum Span {
  QUARTERS_8("8-quarters", "The last 8 quarters", 8, 3),
  QUARTERS_12("12-quarters", "The last 12 quarters", 12, 3),
  MONTHS_12("12-months", "The last 12 months", 12, 1),
  MONTHS_24("24-months", "The last 24 months", 24, 1);

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy");

  private final String id;
  private final String label;
  private final int count;
  private final int months;

  Span(String id, String label, int count, int months) {
    this.id = id;
    this.label = label;
    this.count = count;
    this.months = months;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public boolean quarters() {
    return months == 3;
  }

  public static Optional<Span> of(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  /** The periods of the span, oldest first, the last ending before {@code today}. */
  public List<Period> periods(LocalDate today) {
    YearMonth last = YearMonth.from(quarters() ? Period.lastFullQuarter(today).start() : today).minusMonths(
        quarters() ? 0 : 1);
    List<Period> periods = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      YearMonth first = last.minusMonths((long) i * months);
      periods.add(new Period(first.atDay(1), first.plusMonths(months - 1).atEndOfMonth()));
    }
    return periods;
  }

  /** A period's short name on a chart: "Jul–Sep 2026" for a quarter, "Jul 2026" for a month. */
  public static String label(Period period) {
    if (period.start().getMonth() == period.end().getMonth()) {
      return period.start().format(MONTH);
    }
    return period.start().format(DateTimeFormatter.ofPattern("MMM")) + "–" + period.end().format(MONTH);
  }
}
