package org.bridgeway.money;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** The cost of care of a month of the financial year: actual from the records, or forecast. */
public record MonthCost(YearMonth month, long pence, boolean actual) {

  public String label() {
    return month.format(DateTimeFormatter.ofPattern("MMMM yyyy"));
  }

  public String shortLabel() {
    return month.format(DateTimeFormatter.ofPattern("MMM yy"));
  }

  public String text() {
    return Pounds.text(pence);
  }
}
