package org.bridgeway.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.Ladders;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.figures.internal.FlowStore;
import org.bridgeway.shared.AccessDenied;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flow of people between kinds of setting on the alliance's ladder in a period, counted in stays:
 *
 * <ul>
 *   <li>a <b>move</b> from kind A to kind B: a stay of kind A ends in the period, not by death, and the person's
 *       next stay on the ladder starts on its end date or within 7 days after it (the earliest; of two on one
 *       day, the more restrictive), and is of kind B: the rule of "moved on". A move between two care homes is a
 *       move from residential care to residential care. A move is <b>down the ladder</b> when B is less
 *       restrictive (a higher level), <b>up the ladder</b> when more restrictive, and <b>across</b> on the same
 *       level;</li>
 *   <li>an <b>exit</b>: a stay on the ladder that ends in the period with no next stay within 7 days goes to
 *       "home or elsewhere" (a hospital ward, prison, another area, or their own home without support); one
 *       ended by death goes to "died", whatever follows;</li>
 *   <li>an <b>entry</b>: a stay on the ladder that starts in the period where no other stay of the person on the
 *       ladder covers the day before its start or ended in the 7 days up to it comes from "home or
 *       elsewhere".</li>
 * </ul>
 *
 * Narrowed by the dashboard's filters, the flows are those of the stays in the services chosen: for a move or an
 * exit, the service left; for an entry, the service entered. To commissioners any count from 1 to 4 shows as
 * "fewer than 5", and no totals are given that would let one be worked out.
 */
@Service
public class Flows {

  public static final String ELSEWHERE = "Home or elsewhere";
  public static final String DIED = "Died";

  private final FlowStore store;
  private final Ladders ladders;
  private final AllianceFigures figures;
  private final AuditTrail audit;

  Flows(FlowStore store, Ladders ladders, AllianceFigures figures, AuditTrail audit) {
    this.store = store;
    this.ladders = ladders;
    this.figures = figures;
    this.audit = audit;
  }

  /** Which way a flow goes on the ladder. */
  public enum Way {
    DOWN("Down the ladder"),
    UP("Up the ladder"),
    ACROSS("Across, same level"),
    ENTRY("Entry"),
    EXIT("Exit");

    private final String label;

    Way(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Stays flowing from one place to another; a kind is empty for home or elsewhere, or death. */
  public record Flow(@Nullable ServiceKind from, @Nullable ServiceKind to, boolean died, long stays, Way way,
      boolean hidden) {

    public String fromText() {
      return from == null ? ELSEWHERE : from.label();
    }

    public String toText() {
      return to != null ? to.label() : died ? DIED : ELSEWHERE;
    }

    public String countText() {
      return hidden ? SmallNumbers.FEWER_THAN_5 : String.format("%,d", stays);
    }
  }

  /** The flows of a period as narrowed, and the kinds on the ladder in its order, most restrictive first. */
  public record FlowChart(Period period, Filters filters, List<ServiceKind> kinds, Ladder ladder,
      List<Flow> flows) {}

  /** The flows of the whole alliance in the period. */
  public FlowChart between(CurrentUser user, Period period) {
    return between(user, period, Filters.none());
  }

  /**
   * The flows in the period, narrowed by the dashboard's filters on the service of the stay counted: for a move
   * or an exit the service left, for an entry the service entered. For commissioners, when narrowed, a flow is
   * also hidden when the same flow over the rest of the alliance numbers 1 to 4, as the whole less the part would
   * tell it.
   */
  @Transactional
  public FlowChart between(CurrentUser user, Period period, Filters filters) {
    if (!AllianceFigures.maySee(user)) {
      throw new AccessDenied("alliance figures");
    }
    figures.check(user, filters);
    boolean commissioner = user.is(Role.COMMISSIONER);
    Ladder ladder = ladders.of(user.alliance());
    Map<List<Object>, Long> whole = new HashMap<>();
    if (commissioner && filters.any()) {
      store.entries(user.alliance(), period.start(), period.end(), Filters.none())
          .forEach(e -> whole.put(key(null, e.to(), false), e.stays()));
      store.endings(user.alliance(), period.start(), period.end(), Filters.none())
          .forEach(e -> whole.put(key(e.from(), e.to(), e.died()), e.stays()));
    }
    List<Flow> flows = new ArrayList<>();
    for (FlowStore.Entry e : store.entries(user.alliance(), period.start(), period.end(), filters)) {
      flows.add(new Flow(null, e.to(), false, e.stays(), Way.ENTRY,
          commissioner && hides(e.stays(), whole.get(key(null, e.to(), false)))));
    }
    for (FlowStore.Ending e : store.endings(user.alliance(), period.start(), period.end(), filters)) {
      flows.add(new Flow(e.from(), e.to(), e.died(), e.stays(), way(ladder, e.from(), e.to()),
          commissioner && hides(e.stays(), whole.get(key(e.from(), e.to(), e.died())))));
    }
    flows.sort(Comparator.comparingInt((Flow f) -> position(ladder, f.from()))
        .thenComparingInt(f -> f.to() == null ? Integer.MAX_VALUE : position(ladder, f.to()))
        .thenComparing(Flow::died));
    audit.record(user, user.alliance(), AuditAction.VIEW, "Alliance figures", null, null, "Flow between kinds of "
        + "setting, " + period.text() + (filters.any() ? ", narrowed" : ""));
    return new FlowChart(period, filters, ladder.kinds(), ladder, flows);
  }

  private static List<Object> key(@Nullable ServiceKind from, @Nullable ServiceKind to, boolean died) {
    return Arrays.asList(from, to, died);
  }

  /** A count from 1 to 4, or one whose rest of the alliance outside the filters is from 1 to 4. */
  private static boolean hides(long stays, @Nullable Long whole) {
    return SmallNumbers.small(stays) || (whole != null && SmallNumbers.small(whole - stays));
  }

  static Way way(Ladder ladder, ServiceKind from, @Nullable ServiceKind to) {
    if (to == null) {
      return Way.EXIT;
    }
    int a = ladder.level(from).orElseThrow();
    int b = ladder.level(to).orElseThrow();
    return b > a ? Way.DOWN : b < a ? Way.UP : Way.ACROSS;
  }

  /** Home or elsewhere before every kind; a kind by its level, then its built-in order. */
  private static int position(Ladder ladder, @Nullable ServiceKind kind) {
    return kind == null ? Integer.MIN_VALUE : ladder.level(kind).orElse(0) * 100 + kind.ordinal();
  }
}
