package org.bridgeway.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Figure;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Period;
import org.bridgeway.figures.SmallNumbers;
import org.bridgeway.shared.Table.Cell;
import org.bridgeway.shared.Table.Kind;

/**
 * What the reports share: the dashboard's figures they show, the services and kinds where people stay, and rows
 * of counts with the small-numbers rule for commissioners ({@link SmallCounts} down a column; a median, mean,
 * longest stay or share resting on 1 to 4 people or stays is not shown either).
 */
final class ReportCells {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private ReportCells() {}

  /** "On 30 June 2026". */
  static String on(LocalDate day) {
    return "On " + day.format(DAY);
  }

  /** One figure of the dashboard for the period, for the whole alliance, as the user sees it. */
  static Figure figure(AllianceFigures figures, CurrentUser user, Period period, FigureId id) {
    return find(figures.compute(user, period, period.yearEarlier(), Filters.none()), id);
  }

  static Figure find(List<Figure> all, FigureId id) {
    return all.stream().filter(f -> f.id().equals(id.id())).findFirst().orElseThrow();
  }

  /** The alliance's services where people stay (not day services), by name. */
  static List<ServiceRecord> stayServices(Services services, UUID alliance) {
    return services.all(alliance).stream().filter(s -> !s.kind().dayService())
        .sorted(Comparator.comparing(ServiceRecord::name)).toList();
  }

  /** The kinds of service where people stay, in their built-in order. */
  static List<ServiceKind> stayKinds() {
    return Arrays.stream(ServiceKind.values()).filter(k -> !k.dayService()).toList();
  }

  /**
   * A row per item: its leading cells, its count, then the cells that follow the count. For commissioners the
   * column of counts is suppressed by {@link SmallCounts}; a row whose count is hidden as the complement of
   * another shows its following cells, as they rest on 5 or more.
   */
  static <T> List<List<Cell>> countRows(List<T> items, Function<T, List<Cell>> leading, Function<T, Long> count,
      boolean commissioner, Function<T, List<Cell>> following) {
    List<Long> counts = items.stream().map(count).toList();
    List<Integer> hidden = commissioner ? SmallCounts.hidden(counts) : List.of();
    List<List<Cell>> rows = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<Cell> row = new ArrayList<>(leading.apply(items.get(i)));
      long n = counts.get(i);
      row.add(hidden.contains(i) ? Cell.hidden(Kind.COUNT, SmallCounts.text(n)) : Cell.count(n));
      row.addAll(following.apply(items.get(i)));
      rows.add(row);
    }
    return rows;
  }

  /** part / whole as a percentage to one decimal place (half-up); hidden with a small part for commissioners. */
  static Cell share(long part, long whole, boolean commissioner) {
    if (small(commissioner, part)) {
      return notShown();
    }
    return Cell.percent(whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1,
        RoundingMode.HALF_UP));
  }

  static boolean small(boolean commissioner, long count) {
    return commissioner && SmallNumbers.small(count);
  }

  static Cell notShown() {
    return Cell.hidden(Kind.NUMBER, SmallNumbers.NOT_SHOWN);
  }

  /** A figure that counts, or its text where it is not shown. */
  static Cell figureCell(Figure f) {
    return f.value() == null ? Cell.hidden(Kind.COUNT, f.valueText()) : Cell.count(f.value().longValue());
  }

  /** A figure in days, or its text where it is not shown. */
  static Cell daysCell(Figure f) {
    return f.value() == null ? Cell.hidden(Kind.NUMBER, f.valueText()) : Cell.number(f.value());
  }
}
