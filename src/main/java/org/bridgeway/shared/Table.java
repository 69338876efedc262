package org.bridgeway.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A table to show and to download: a title, a short name for its file, column headings and rows of typed cells.
 * Each cell carries its value (a count, pence, a date, a percentage, a number of days, or none) and the text
 * shown for it; a cell whose value is hidden, such as a small number suppressed, is text alone. {@link TableExport}
 * writes a table as CSV and as a spreadsheet. A cell of a numeric kind with no value is hidden and is written as
 * its text.
 */
public record Table(String title, String name, List<String> headings, List<List<Cell>> rows) {

  public Table {
    headings = List.copyOf(headings);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<Cell> row : rows) {
      if (row.size() != headings.size()) {
        throw new IllegalArgumentException("Each row of " + title + " needs " + headings.size() + " cells");
      }
    }
  }

  /** What a cell holds, which decides how it is written. */
  public enum Kind {
    TEXT,
    COUNT,
    PENCE,
    DATE,
    PERCENT,
    /** A number with its decimal places, such as days or a mean. */
    NUMBER
  }

  /** One cell: its kind, its value (none for text or a hidden value) and its text as shown. */
  public record Cell(Kind kind, @Nullable Object value, String text) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public static Cell text(@Nullable String text) {
      return new Cell(Kind.TEXT, null, text == null ? "" : text);
    }

    public static Cell count(long n) {
      return new Cell(Kind.COUNT, n, String.format(Locale.UK, "%,d", n));
    }

    public static Cell pence(long pence) {
      return new Cell(Kind.PENCE, pence, java.text.NumberFormat.getCurrencyInstance(Locale.UK)
          .format(BigDecimal.valueOf(pence).movePointLeft(2)));
    }

    public static Cell date(LocalDate day) {
      return new Cell(Kind.DATE, day, day.format(DAY));
    }

    /** A percentage such as 45.5 for 45.5%; none shows as "none". */
    public static Cell percent(@Nullable BigDecimal percent) {
      return percent == null ? text("none") : new Cell(Kind.PERCENT, percent, percent.toPlainString() + "%");
    }

    /** A number such as days, written with its own decimal places; none shows as "none". */
    public static Cell number(@Nullable BigDecimal number) {
      return number == null ? text("none") : new Cell(Kind.NUMBER, number, number.toPlainString());
    }

    /** True when the cell holds a number a spreadsheet can add up. */
    public boolean numeric() {
      return value != null && kind != Kind.TEXT && kind != Kind.DATE;
    }

    /** A cell of a numeric column whose value is not shown, such as "fewer than 5": written as its text. */
    public static Cell hidden(Kind kind, String text) {
      return new Cell(kind, null, text);
    }

    /** True for counts, money and numbers, shown right-aligned. */
    public boolean alignRight() {
      return kind != Kind.TEXT && kind != Kind.DATE;
    }
  }
}
