package org.bridgeway.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.figures.internal.OneFigure;
import org.bridgeway.figures.internal.PathwayFigureStore;
import org.bridgeway.shared.AccessDenied;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures over time: one figure for each period of a span (each point measured exactly as the dashboard
 * measures that period, with the same filters and the same small-numbers rule for commissioners), and the
 * waiting times per period. Where a figure has a target of "N% fewer (or more) than the baseline", each point's
 * target is its baseline value (the period of the same length a year earlier, as on the dashboard) times
 * (100 − N)% (or (100 + N)%), to one decimal place.
 */
@Service
public class FigureTrends {

  private static final Pattern TARGET = Pattern.compile("(\\d+)% (fewer|more) than the baseline");

  private final OneFigure one;
  private final PathwayFigureStore pathway;
  private final AllianceFigures figures;
  private final AuditTrail audit;

  FigureTrends(OneFigure one, PathwayFigureStore pathway, AllianceFigures figures, AuditTrail audit) {
    this.one = one;
    this.pathway = pathway;
    this.figures = figures;
    this.audit = audit;
  }

  /** One period's value, and its target where the figure has one; texts as shown, suppressed as needed. */
  public record Point(Period period, String label, @Nullable BigDecimal value, String valueText,
      @Nullable BigDecimal target, String targetText) {}

  public record Trend(FigureId figure, Span span, Filters filters, List<Point> points) {

    public boolean hasTarget() {
      return figure.target() != null && TARGET.matcher(figure.target()).matches();
    }
  }

  @Transactional
  public Trend trend(CurrentUser user, FigureId id, Span span, Filters filters) {
    require(user, filters);
    boolean commissioner = user.is(Role.COMMISSIONER);
    Map<Period, Measure> measured = new HashMap<>();
    Matcher target = id.target() == null ? null : TARGET.matcher(id.target());
    boolean targeted = target != null && target.matches();
    List<Point> points = new ArrayList<>();
    for (Period period : span.periods(figures.today())) {
      Figure now = Figure.of(id, measure(user, id, period, filters, measured), Measure.amount(null), commissioner);
      BigDecimal goal = null;
      String goalText = "none set";
      if (targeted) {
        Figure before = Figure.of(id, measure(user, id, period.yearEarlier(), filters, measured),
            Measure.amount(null), commissioner);
        goal = before.value() == null ? null : goal(before.value(), target);
        goalText = goal != null ? goal.toPlainString() : before.suppressed() ? SmallNumbers.NOT_SHOWN : "none";
      }
      points.add(new Point(period, Span.label(period), now.value(), now.valueText(), goal, goalText));
    }
    audit.record(user, user.alliance(), AuditAction.VIEW, "Alliance figures", null, null, id.title() + " over "
        + span.label().toLowerCase() + (filters.any() ? ", narrowed" : ""));
    return new Trend(id, span, filters, points);
  }

  private Measure measure(CurrentUser user, FigureId id, Period period, Filters filters,
      Map<Period, Measure> measured) {
    return measured.computeIfAbsent(period, p -> {
      Measure m = one.measure(user, id, p, filters);
      if (user.is(Role.COMMISSIONER) && filters.any() && id.unit().count() && m.value() != null) {
        Measure whole = one.measure(user, id, p, Filters.none());
        if (whole.value() != null) {
          return m.alsoResting(whole.value().longValue() - m.value().longValue());
        }
      }
      return m;
    });
  }

  private static BigDecimal goal(BigDecimal baseline, Matcher target) {
    int percent = Integer.parseInt(target.group(1));
    int factor = target.group(2).equals("fewer") ? 100 - percent : 100 + percent;
    return baseline.multiply(BigDecimal.valueOf(factor)).divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
  }

  /**
   * Waiting in one period: how many waits, the median and the 90th percentile, for both waits. {@code decided}
   * and {@code seen} are the referrals decided and first seen in the period, empty when not shown.
   */
  public record Waiting(Period period, String label, String decidedText, @Nullable BigDecimal decisionMedian,
      @Nullable BigDecimal decisionNinetieth, String decisionMedianText, String decisionNinetiethText,
      String seenText, @Nullable BigDecimal contactMedian, @Nullable BigDecimal contactNinetieth,
      String contactMedianText, String contactNinetiethText, @Nullable Long decided, @Nullable Long seen) {}

  /**
   * The waits of {@link FigureId#WAITING_DECISION_MEDIAN} and its kin for each period of the span: over the
   * referrals decided in the period, received to decision; over those first seen in it, decision to first contact.
   */
  @Transactional
  public List<Waiting> waiting(CurrentUser user, Span span, Filters filters) {
    require(user, filters);
    boolean commissioner = user.is(Role.COMMISSIONER);
    List<Waiting> rows = new ArrayList<>();
    for (Period period : span.periods(figures.today())) {
      rows.add(waits(user, period, filters, commissioner));
    }
    audit.record(user, user.alliance(), AuditAction.VIEW, "Alliance figures", null, null, "Waiting times over "
        + span.label().toLowerCase() + (filters.any() ? ", narrowed" : ""));
    return rows;
  }

  /**
   * The waits of one period, as one row of {@link #waiting}; not audited, for a caller that audits its own read.
   */
  @Transactional
  public Waiting waitingIn(CurrentUser user, Period period, Filters filters) {
    require(user, filters);
    return waits(user, period, filters, user.is(Role.COMMISSIONER));
  }

  private Waiting waits(CurrentUser user, Period period, Filters filters, boolean commissioner) {
    PathwayFigureStore.Waits decided = pathway.toDecision(user.alliance(), period, filters);
    PathwayFigureStore.Waits seen = pathway.toFirstContact(user.alliance(), period, filters);
    Figure dm = days(FigureId.WAITING_DECISION_MEDIAN, decided.median(), decided.count(), commissioner);
    Figure dn = days(FigureId.WAITING_DECISION_90TH, decided.ninetieth(), decided.count(), commissioner);
    Figure cm = days(FigureId.WAITING_CONTACT_MEDIAN, seen.median(), seen.count(), commissioner);
    Figure cn = days(FigureId.WAITING_CONTACT_90TH, seen.ninetieth(), seen.count(), commissioner);
    return new Waiting(period, Span.label(period), count(decided.count(), commissioner), dm.value(), dn.value(),
        dm.valueText(), dn.valueText(), count(seen.count(), commissioner), cm.value(), cn.value(),
        cm.valueText(), cn.valueText(), shown(decided.count(), commissioner), shown(seen.count(), commissioner));
  }

  private static @Nullable Long shown(long n, boolean commissioner) {
    return commissioner && SmallNumbers.small(n) ? null : n;
  }

  private static Figure days(FigureId id, @Nullable BigDecimal value, long count, boolean commissioner) {
    return Figure.of(id, Measure.over(value, count), Measure.amount(null), commissioner);
  }

  private static String count(long n, boolean commissioner) {
    return commissioner && SmallNumbers.small(n) ? SmallNumbers.FEWER_THAN_5 : String.format("%,d", n);
  }

  private void require(CurrentUser user, Filters filters) {
    if (!AllianceFigures.maySee(user)) {
      throw new AccessDenied("alliance figures");
    }
    figures.check(user, filters);
  }
}
