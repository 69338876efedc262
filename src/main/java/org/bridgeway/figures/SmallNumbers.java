package org.bridgeway.figures;

/**
 * The small-numbers rule for commissioners, who see aggregates only. A count from 1 to 4 is shown as "fewer than
 * 5". So that such a count cannot be worked out from what is shown, a figure is also not shown when any count it
 * rests on ({@link Measure#counts()}) is from 1 to 4:
 *
 * <ul>
 *   <li>a share is not shown when the people counted, or the people not counted, number 1 to 4 (98% of 100 would
 *       tell that 2 people lack something);</li>
 *   <li>a median, percentile or mean is not shown when taken over 1 to 4 people (it would tell their own
 *       values);</li>
 *   <li>with filters, a count is not shown when the rest of the alliance outside the filters numbers 1 to 4
 *       for the same figure (the whole alliance minus the filtered count would tell it);</li>
 *   <li>when the value or the baseline value of a figure is not shown, neither are its change and its status, as
 *       either would let the hidden side be worked out from the other.</li>
 * </ul>
 *
 * Zero is shown: it identifies no one. Money counts no one and is always shown; staff's mean hours and
 * whole-time equivalents are not shown for 1 to 4 staff, as they would tell those staff's own hours.
 */
public final class SmallNumbers {

  public static final String FEWER_THAN_5 = "fewer than 5";
  public static final String NOT_SHOWN = "not shown: small numbers";

  private SmallNumbers() {}

  public static boolean small(long count) {
    return count >= 1 && count <= 4;
  }

  /** True when a commissioner may not see the measure's value. */
  public static boolean hides(Measure measure) {
    return measure.counts().stream().anyMatch(SmallNumbers::small);
  }
}
