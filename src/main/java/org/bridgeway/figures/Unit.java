package org.bridgeway.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** What a figure's value counts, and how it is written. Money is in pence. */
public enum Unit {
  PEOPLE(0),
  STAYS(0),
  STAFF(0),
  /** Records that name no one, such as recruitment panels or forum actions. */
  RECORDS(0),
  DAYS(0),
  PERCENT(1),
  PER_PERSON(2),
  SCORE_CHANGE(3),
  HOURS(1),
  WHOLE_TIME_EQUIVALENTS(1),
  PENCE(0);

  private final int places;

  Unit(int places) {
    this.places = places;
  }

  public int places() {
    return places;
  }

  /** True for the units that count people, stays or staff, to which the small-numbers rule applies as such. */
  public boolean count() {
    return this == PEOPLE || this == STAYS || this == STAFF;
  }

  /** The value as written on screen, like "1,234", "12 days", "45.0%" or "£1,050.00". */
  public String text(BigDecimal value) {
    BigDecimal v = value.setScale(places, RoundingMode.HALF_UP);
    NumberFormat grouped = NumberFormat.getNumberInstance(Locale.UK);
    grouped.setMinimumFractionDigits(places);
    grouped.setMaximumFractionDigits(places);
    return switch (this) {
      case DAYS -> grouped.format(v) + (v.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
      case PERCENT -> grouped.format(v) + "%";
      case HOURS -> grouped.format(v) + " hours";
      case SCORE_CHANGE -> (v.signum() > 0 ? "+" : "") + grouped.format(v);
      case PENCE -> NumberFormat.getCurrencyInstance(Locale.UK).format(v.movePointLeft(2));
      default -> grouped.format(v);
    };
  }
}
