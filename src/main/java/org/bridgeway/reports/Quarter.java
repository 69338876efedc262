package org.bridgeway.reports;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgeway.figures.Period;
import org.bridgeway.shared.Refused;

/** A calendar quarter, written like "2026-Q2" (April to June 2026), which is also quarter 1 of 2026 to 2027. */
public record Quarter(int year, int number) {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final String[] MONTHS = {"January to March", "April to June", "July to September",
      "October to December"};

  public Quarter {
    if (number < 1 || number > 4) {
      throw new Refused("quarter", "Choose a quarter from the list");
    }
  }

  public static Quarter parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new Refused("quarter", "Choose a quarter from the list, like 2026-Q2");
    }
    return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
  }

  public Period period() {
    return Period.quarter(year, number);
  }

  public Quarter previous() {
    return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
  }

  /** Like "2026-Q2". */
  public String code() {
    return year + "-Q" + number;
  }

  /** Like "April to June 2026". */
  public String label() {
    return MONTHS[number - 1] + " " + year;
  }

  /** Like "Apr–Jun 2026", for a chart's axis. */
  public String shortLabel() {
    return new String[] {"Jan–Mar", "Apr–Jun", "Jul–Sep", "Oct–Dec"}[number - 1] + " " + year;
  }
}
