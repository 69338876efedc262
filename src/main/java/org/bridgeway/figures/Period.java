package org.bridgeway.figures;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.bridgeway.shared.Refused;

/**
 * A period of whole days, both ends included. Quarters are the calendar quarters (January to March, April to
 * June, July to September, October to December), which are also the quarters of the financial year; a financial
 * year runs from 1 April to 31 March. The baseline of a period is the period of the same length starting a year
 * before it: the same quarter a year earlier, except that a quarter or year holding 29 February is compared with
 * one of the same number of days (so it ends a day later in the calendar).
 */
public record Period(LocalDate start, LocalDate end) {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  public Period {
    if (end.isBefore(start)) {
      throw new Refused("end", "The period must end on or after the day it starts, " + start.format(DAY));
    }
  }

  /** Quarter 1 to 4 of the calendar year: 1 is January to March. */
  public static Period quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new Refused("quarter", "Choose a quarter from 1 to 4");
    }
    LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
    return new Period(first, first.plusMonths(3).minusDays(1));
  }

  /** The quarter the day falls in. */
  public static Period quarterOf(LocalDate day) {
    return quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
  }

  /** The last quarter that ended before the day. */
  public static Period lastFullQuarter(LocalDate day) {
    return quarterOf(quarterOf(day).start().minusDays(1));
  }

  /** The financial year from 1 April of {@code startYear} to 31 March the year after. */
  public static Period financialYear(int startYear) {
    return new Period(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
  }

  /** The financial year the day falls in. */
  public static Period financialYearOf(LocalDate day) {
    return financialYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
  }

  /** The period of the same length starting a year before this one starts. */
  public Period yearEarlier() {
    LocalDate first = start.minusYears(1);
    return new Period(first, first.plusDays(days() - 1));
  }

  /** How many days the period holds. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** True when the period is a whole financial year. */
  public boolean financialYear() {
    return start.getMonthValue() == 4 && start.getDayOfMonth() == 1 && end.equals(start.plusYears(1).minusDays(1));
  }

  /** Like "1 July 2026 to 30 September 2026". */
  public String text() {
    return start.format(DAY) + " to " + end.format(DAY);
  }
}
