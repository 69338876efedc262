package org.bridgeway.pathway.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.pathway.Stay;

/**
 * The geometry of a person's pathway drawn over time: one row per kind on the alliance's ladder, most
 * restrictive at the top, labelled with its level; then a row for hospital and crisis services and a last row
 * for teams and day services, both beside the ladder; one bar per stay from its start to its end (open stays run
 * to today). Worked out here so the template only places shapes.
 */
record PathwayPicture(int width, int height, List<Row> rows, List<Bar> bars, List<Tick> ticks, int left, int right,
    int bottom) {

  static final int LEFT = 220;
  static final int RIGHT = 16;
  static final int TOP = 8;
  static final int ROW = 26;
  static final int WIDTH = 760;

  record Row(int y, int textY, String label) {}

  record Bar(int x, int y, int width, int height, String fill, String label) {}

  record Tick(int x, String label) {}

  static PathwayPicture of(List<Stay> stays, Ladder ladder, LocalDate today) {
    List<ServiceKind> kinds = ladder.kinds();
    int hospitalRow = kinds.size();
    int besideRow = kinds.size() + 1;
    int bottom = TOP + (besideRow + 1) * ROW;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      rows.add(row(i, ladder.level(kinds.get(i)).getAsInt() + " " + kinds.get(i).label()));
    }
    rows.add(row(hospitalRow, "Hospital and crisis"));
    rows.add(row(besideRow, "Teams and day services"));

    LocalDate from = stays.stream().map(Stay::startDate).min(LocalDate::compareTo).orElse(today.minusYears(1));
    LocalDate to = today.plusDays(1);
    for (Stay stay : stays) {
      if (stay.endDate() != null && stay.endDate().isAfter(to)) {
        to = stay.endDate();
      }
    }
    from = from.withDayOfMonth(1);
    double days = Math.max(1, ChronoUnit.DAYS.between(from, to));
    int span = WIDTH - LEFT - RIGHT;

    List<Bar> bars = new ArrayList<>();
    for (Stay stay : stays) {
      ServiceKind kind = stay.serviceKind();
      int row = kinds.contains(kind) ? kinds.indexOf(kind) : kind.hospital() ? hospitalRow : besideRow;
      LocalDate end = stay.endDate() == null ? to : stay.endDate();
      int x = LEFT + (int) Math.round(ChronoUnit.DAYS.between(from, stay.startDate()) / days * span);
      int w = Math.max(2, (int) Math.round(ChronoUnit.DAYS.between(stay.startDate(), end) / days * span));
      String fill = kind.hospital() ? "#7c2855" : row == besideRow ? "#768692" : stay.open() ? "#005eb8" : "#41b6e6";
      bars.add(new Bar(x, TOP + row * ROW + 4, w, ROW - 8, fill, stay.serviceName()));
    }

    List<Tick> ticks = new ArrayList<>();
    long years = ChronoUnit.YEARS.between(from, to);
    int stepMonths = years >= 4 ? 12 : years >= 2 ? 6 : years >= 1 ? 3 : 1;
    for (LocalDate tick = from; tick.isBefore(to); tick = tick.plusMonths(stepMonths)) {
      int x = LEFT + (int) Math.round(ChronoUnit.DAYS.between(from, tick) / days * span);
      ticks.add(new Tick(x, tick.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK)
          + " " + tick.getYear()));
    }
    return new PathwayPicture(WIDTH, bottom + 24, rows, bars, ticks, LEFT, WIDTH - RIGHT, bottom);
  }

  private static Row row(int index, String label) {
    return new Row(TOP + index * ROW, TOP + index * ROW + 17, label);
  }
}
