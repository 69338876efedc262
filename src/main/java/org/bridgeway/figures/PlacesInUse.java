package org.bridgeway.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.Ladders;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.figures.internal.FlowStore;
import org.bridgeway.pathway.CapacityBoard;
import org.bridgeway.shared.AccessDenied;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Occupancy over time: for each kind of setting where people stay (as on the capacity board: the ladder, hospital
 * wards and crisis alternatives), on the last day of each period of a span, the places in use against the places
 * available. Places available: the sum of the capacities the kind's services have now (a service without a
 * capacity is left out). Places in use: the stays in those services covering the day; a stay covers its start
 * date up to the day before its end, so a stay ending on the month end is not counted and one starting on it is.
 * Occupancy = in use / available, as a percentage to one decimal place. To commissioners, in use from 1 to 4 shows
 * as "fewer than 5", and its occupancy is not shown.
 */
@Service
public class PlacesInUse {

  private final FlowStore store;
  private final Services services;
  private final Ladders ladders;
  private final AllianceFigures figures;
  private final AuditTrail audit;

  PlacesInUse(FlowStore store, Services services, Ladders ladders, AllianceFigures figures, AuditTrail audit) {
    this.store = store;
    this.services = services;
    this.ladders = ladders;
    this.figures = figures;
    this.audit = audit;
  }

  /** One kind on one day; {@code inUse} and {@code percent} empty when not shown. */
  public record Day(LocalDate day, @Nullable Long inUse, long places, @Nullable BigDecimal percent, String inUseText,
      String percentText) {}

  public record Row(ServiceKind kind, long places, List<Day> days) {}

  public record Occupancy(Span span, List<LocalDate> days, List<Row> rows) {}

  @Transactional
  public Occupancy onPeriodEnds(CurrentUser user, Span span) {
    if (!AllianceFigures.maySee(user)) {
      throw new AccessDenied("alliance figures");
    }
    List<LocalDate> days = span.periods(figures.today()).stream().map(Period::end).toList();
    Map<ServiceKind, Long> places = new HashMap<>();
    Map<UUID, ServiceKind> counted = new HashMap<>();
    for (ServiceRecord s : services.all(user.alliance())) {
      if (CapacityBoard.onBoard(s.kind()) && s.capacity() != null) {
        places.merge(s.kind(), (long) s.capacity(), Long::sum);
        counted.put(s.id(), s.kind());
      }
    }
    Map<ServiceKind, Map<LocalDate, Long>> inUse = new HashMap<>();
    store.inUseOnMonthEnds(user.alliance(), YearMonth.from(days.get(0)), YearMonth.from(days.get(days.size() - 1)))
        .stream().filter(u -> counted.containsKey(u.serviceId())).forEach(u -> inUse
            .computeIfAbsent(counted.get(u.serviceId()), k -> new HashMap<>()).merge(u.day(), u.stays(), Long::sum));
    boolean commissioner = user.is(Role.COMMISSIONER);
    Ladder ladder = ladders.of(user.alliance());
    List<Row> rows = new ArrayList<>();
    places.keySet().stream().sorted(Comparator.comparingInt((ServiceKind k) -> k.hospital() ? 0
        : ladder.level(k).orElse(Integer.MAX_VALUE)).thenComparing(Enum::ordinal)).forEach(kind -> rows.add(
            new Row(kind, places.get(kind), days.stream().map(d -> day(d, inUse.getOrDefault(kind, Map.of())
                .getOrDefault(d, 0L), places.get(kind), commissioner)).toList())));
    audit.record(user, user.alliance(), AuditAction.VIEW, "Alliance figures", null, null, "Occupancy over "
        + span.label().toLowerCase());
    return new Occupancy(span, days, rows);
  }

  static Day day(LocalDate day, long inUse, long places, boolean commissioner) {
    if (commissioner && SmallNumbers.small(inUse)) {
      return new Day(day, null, places, null, SmallNumbers.FEWER_THAN_5, SmallNumbers.NOT_SHOWN);
    }
    BigDecimal percent = places == 0 ? null : BigDecimal.valueOf(inUse * 100).divide(BigDecimal.valueOf(places), 1,
        RoundingMode.HALF_UP);
    return new Day(day, inUse, places, percent, String.format("%,d", inUse),
        percent == null ? "none" : percent.toPlainString() + "%");
  }
}
