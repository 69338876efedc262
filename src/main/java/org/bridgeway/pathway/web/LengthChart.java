package org.bridgeway.pathway.web;

import java.util.ArrayList;
import java.util.List;
import org.bridgeway.pathway.LengthDistribution;
import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart of lengths of stay by service, drawn as inline SVG: a bar to the median, a line from
 * the lower to the upper quartile, and a mark at the service's intended maximum. The table beside it on the
 * page carries the same figures as text.
 */
record LengthChart(int width, int height, int bottom, List<Row> rows, List<Tick> ticks) {

  static final int WIDTH = 720;
  static final int LABELS = 210;
  static final int PLOT = 440;
  static final int ROW = 34;
  static final int TOP = 8;

  /** One service: its label, the median bar, the quartile line, the intended mark and the value written. */
  record Row(String label, int y, int textY, int barX, int barWidth, int q1X, int q3X, int lineY,
      @Nullable Integer intendedX, int valueX, String value, String description) {}

  record Tick(int x, String label) {}

  /** The chart of the services' lines, leaving out the total of all services. */
  static LengthChart of(List<LengthDistribution> distributions) {
    List<LengthDistribution> services = distributions.stream().filter(d -> d.serviceId() != null).toList();
    long most = 1;
    for (LengthDistribution d : services) {
      most = Math.max(most, d.upperQuartile());
      if (d.intendedMaxDays() != null) {
        most = Math.max(most, d.intendedMaxDays());
      }
    }
    long step = step(most);
    long scaleTo = ((most + step - 1) / step) * step;
    List<Row> rows = new ArrayList<>();
    int y = TOP;
    for (LengthDistribution d : services) {
      Integer intended = d.intendedMaxDays() == null ? null : x(d.intendedMaxDays(), scaleTo);
      int bar = x(d.median(), scaleTo) - LABELS;
      rows.add(new Row(shorten(d.serviceName()), y, y + ROW / 2 + 4, LABELS, Math.max(1, bar),
          x(d.lowerQuartile(), scaleTo), x(d.upperQuartile(), scaleTo), y + ROW / 2 - 1, intended,
          Math.max(x(d.upperQuartile(), scaleTo), LABELS + bar) + 6, d.median() + " days",
          d.serviceName() + ": median " + d.median() + " days, quartiles " + d.lowerQuartile() + " and "
              + d.upperQuartile() + " days, " + d.count() + " stays"
              + (d.intendedMaxDays() == null ? "" : ", intended at most " + d.intendedMaxDays() + " days")));
      y += ROW;
    }
    List<Tick> ticks = new ArrayList<>();
    for (long v = 0; v <= scaleTo; v += step) {
      ticks.add(new Tick(x(v, scaleTo), String.valueOf(v)));
    }
    return new LengthChart(WIDTH, y + 36, y, rows, ticks);
  }

  private static int x(long days, long scaleTo) {
    return LABELS + (int) Math.round(days * (double) PLOT / scaleTo);
  }

  /** A round step for about five ticks. */
  private static long step(long most) {
    long[] steps = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000};
    for (long s : steps) {
      if (most / s <= 5) {
        return s;
      }
    }
    return 10000;
  }

  private static String shorten(String name) {
    return name.length() <= 28 ? name : name.substring(0, 27) + "…";
  }
}
