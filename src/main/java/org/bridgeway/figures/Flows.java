package org.bridgeway.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * To commissioners any count from 1 to 4 shows as "fewer than 5", and no totals are given that would let one be
 * worked out.
 */
@Service
public class Flows {

  public static final String ELSEWHERE = "Home or elsewhere";
  public static final String DIED = "Died";

  private final FlowStore store;
  private final Ladders ladders;
  private final AuditTrail audit;

  Flows(FlowStore store, Ladders ladders, AuditTrail audit) {
    this.store = store;
    this.ladders = ladders;
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

  /** The flows of a period, and the kinds on the ladder in its order, most restrictive first. */
  public record FlowChart(Period period, List<ServiceKind> kinds, Ladder ladder, List<Flow> flows) {}

  @Transactional
  public FlowChart between(CurrentUser user, Period period) {
    if (!AllianceFigures.maySee(user)) {
      throw new AccessDenied("alliance figures");
    }
    boolean commissioner = user.is(Role.COMMISSIONER);
    Ladder ladder = ladders.of(user.alliance());
    List<Flow> flows = new ArrayList<>();
    for (FlowStore.Entry e : store.entries(user.alliance(), period.start(), period.end())) {
      flows.add(new Flow(null, e.to(), false, e.stays(), Way.ENTRY, commissioner && SmallNumbers.small(e.stays())));
    }
    for (FlowStore.Ending e : store.endings(user.alliance(), period.start(), period.end())) {
      flows.add(new Flow(e.from(), e.to(), e.died(), e.stays(), way(ladder, e.from(), e.to()),
          commissioner && SmallNumbers.small(e.stays())));
    }
    flows.sort(Comparator.comparingInt((Flow f) -> position(ladder, f.from()))
        .thenComparingInt(f -> f.to() == null ? Integer.MAX_VALUE : position(ladder, f.to()))
        .thenComparing(Flow::died));
    audit.record(user, user.alliance(), AuditAction.VIEW, "Alliance figures", null, null, "Flow between kinds of "
        + "setting, " + period.text());
    return new FlowChart(period, ladder.kinds(), ladder, flows);
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
