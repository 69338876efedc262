package org.bridgeway.demo;

import java.util.List;
import java.util.SplittableRandom;
import org.bridgeway.alliance.ServiceKind;

/**
 * How the alliance's ways of working change over the demo's history, apart from the walk through time that
 * {@link PathwaySimulation} does: how far a day is into the history, the placement reviews of the first two
 * years, the end of new out-of-area placements after the first year, and the settings tried when the one meant
 * is full.
 */
final class AllianceYears {

  /** After the first year nobody new is placed out of area: the alliance finds them a place at home. */
  private static final int OUT_OF_AREA_DAYS = 365;
  /** The placement reviews run from six months after the start of the history for a year and a half. */
  private static final int REVIEWS_BEGIN = 180;
  private static final int REVIEWS_LAST = 540;
  private static final int LONG_STAY = 5 * 365;

  private final SplittableRandom random;
  private final int start;
  private final int today;

  AllianceYears(SplittableRandom random, int start, int today) {
    this.random = random;
    this.start = start;
    this.today = today;
  }

  /** How far the day is from the start of the history (0) to today (1). */
  double progress(int day) {
    return (day - start) / (double) DemoPathway.HISTORY_DAYS;
  }

  /** Whether a new placement out of area may still be made on the day. */
  boolean outOfAreaAllowed(int day) {
    return day <= start + OUT_OF_AREA_DAYS;
  }

  /**
   * The planned end of a stay in hospital rehabilitation or a care home after the placement reviews of the
   * alliance's first two years: for half the stays still running at their review, the review finds the person
   * ready to move on within six months. A stay meant to last five years or more is the person's home and is
   * left as it is.
   */
  int reviewed(ServiceKind kind, int arrived, int plannedEnd) {
    if (!(kind.residential() || kind == ServiceKind.INPATIENT_REHABILITATION) || plannedEnd - arrived >= LONG_STAY) {
      return plannedEnd;
    }
    int review = start + REVIEWS_BEGIN + random.nextInt(REVIEWS_LAST);
    if (review <= arrived || review >= plannedEnd || review >= today || random.nextBoolean()) {
      return plannedEnd;
    }
    return Math.max(arrived + 90, Math.min(plannedEnd, review + 30 + random.nextInt(150)));
  }

  /** The settings to try when the one meant is full: no more restrictive, the nearest on the ladder first. */
  static List<ServiceKind> fallbacks(ServiceKind meant) {
    return ServiceKind.ladder().stream().filter(k -> k.compareTo(meant) > 0).toList();
  }
}
