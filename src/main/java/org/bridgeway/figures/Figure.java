package org.bridgeway.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * One figure for a period against its baseline period, as shown. {@code change} is (value − baseline) / baseline
 * as a percentage to one decimal place, and none when the baseline value is 0 ("no baseline"). {@code status}
 * says whether the value went up or down; its text says whether that is better or worse. When small numbers are
 * suppressed ({@link SmallNumbers}), the hidden values, the change and the status are empty and {@code suppressed}
 * is true. An unavailable figure could not be computed for the filters chosen.
 */
public record Figure(
    String id,
    String title,
    String definition,
    Unit unit,
    Direction direction,
    @Nullable BigDecimal value,
    @Nullable BigDecimal baselineValue,
    @Nullable BigDecimal change,
    String valueText,
    String baselineText,
    String changeText,
    @Nullable String target,
    Status status,
    String statusText,
    boolean suppressed,
    boolean available) {

  /** The figure from its two measures, suppressing small numbers when {@code forCommissioner}. */
  public static Figure of(FigureId id, Measure now, Measure before, boolean forCommissioner) {
    boolean hideNow = forCommissioner && SmallNumbers.hides(now);
    boolean hideBefore = forCommissioner && SmallNumbers.hides(before);
    BigDecimal value = hideNow ? null : now.value();
    BigDecimal baseline = hideBefore ? null : before.value();
    boolean compared = value != null && baseline != null;
    BigDecimal change = compared && baseline.signum() != 0 ? value.subtract(baseline)
        .multiply(BigDecimal.valueOf(100)).divide(baseline.abs(), 1, RoundingMode.HALF_UP) : null;
    Status status = !compared ? Status.NOT_COMPARED
        : switch (Integer.signum(value.compareTo(baseline))) {
          case 1 -> Status.UP;
          case -1 -> Status.DOWN;
          default -> Status.SAME;
        };
    String changeText = !compared ? (hideNow || hideBefore ? SmallNumbers.NOT_SHOWN : "not compared")
        : change == null ? "no baseline" : (change.signum() > 0 ? "+" : "") + change.toPlainString() + "%";
    return new Figure(id.id(), id.title(), id.definition(), id.unit(), id.direction(), value, baseline, change,
        text(id.unit(), now, hideNow), text(id.unit(), before, hideBefore), changeText, id.target(), status,
        statusText(status, id.direction()), hideNow || hideBefore, now.unavailable() == null);
  }

  private static String text(Unit unit, Measure measure, boolean hidden) {
    if (measure.unavailable() != null) {
      return "not available: " + measure.unavailable();
    }
    if (hidden) {
      boolean smallCount = unit.count() && measure.value() != null
          && SmallNumbers.small(measure.value().longValue());
      return smallCount ? SmallNumbers.FEWER_THAN_5 : SmallNumbers.NOT_SHOWN;
    }
    return measure.value() == null ? "none" : unit.text(measure.value());
  }

  private static String statusText(Status status, Direction direction) {
    if ((status != Status.UP && status != Status.DOWN) || direction == Direction.NEITHER) {
      return status.label();
    }
    boolean better = (status == Status.UP) == (direction == Direction.GOOD_WHEN_UP);
    return status.label() + ": " + (better ? "better" : "worse");
  }
}
