package org.bridgeway.dayservices.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.dayservices.DaySession;
import org.bridgeway.dayservices.NewSession;
import org.bridgeway.dayservices.Repeat;
import org.bridgeway.dayservices.SessionKind;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What the session form sends: dates as three fields, times as 18:30, weekdays as MONDAY and so on. */
record SessionForm(
    @Nullable String kind,
    @Nullable String title,
    @Nullable String place,
    @Nullable String facilitators,
    @Nullable String capacity,
    boolean userLed,
    @Nullable String firstDateDay, @Nullable String firstDateMonth, @Nullable String firstDateYear,
    @Nullable String startTime,
    @Nullable String endTime,
    @Nullable String repeat,
    @Nullable List<String> weekdays,
    @Nullable String untilDay, @Nullable String untilMonth, @Nullable String untilYear,
    int version) {

  static SessionForm empty(LocalDate today) {
    LocalDate until = today.plusMonths(6);
    return new SessionForm(null, null, null, null, null, false, day(today), month(today), year(today), null, null,
        "WEEKLY", List.of(), day(until), month(until), year(until), 0);
  }

  static SessionForm of(DaySession s) {
    LocalDate until = s.until();
    return new SessionForm(s.kind().name(), s.title(), s.place(), s.facilitators(),
        s.capacity() == null ? null : s.capacity().toString(), s.userLed(), day(s.firstDate()), month(s.firstDate()),
        year(s.firstDate()), s.startTime().toString(), s.endTime().toString(), s.repeat().name(),
        s.weekdays().stream().map(Enum::name).toList(), until == null ? null : day(until),
        until == null ? null : month(until), until == null ? null : year(until), s.version());
  }

  NewSession session(UUID serviceId) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate first = date("firstDate", firstDateDay, firstDateMonth, firstDateYear, problems);
    LocalDate last = date("until", untilDay, untilMonth, untilYear, problems);
    LocalTime start = time("startTime", startTime, problems);
    LocalTime end = time("endTime", endTime, problems);
    Integer places = null;
    if (capacity != null && !capacity.isBlank()) {
      try {
        places = Integer.valueOf(capacity.trim());
      } catch (NumberFormatException e) {
        problems.add(new FieldProblem("capacity", "Enter the places as a whole number, like 12"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (weekdays != null) {
      weekdays.forEach(d -> {
        for (DayOfWeek day : DayOfWeek.values()) {
          if (day.name().equals(d)) {
            days.add(day);
          }
        }
      });
    }
    SessionKind chosen = null;
    for (SessionKind k : SessionKind.values()) {
      if (k.name().equals(kind)) {
        chosen = k;
      }
    }
    Repeat chosenRepeat = "MONTHLY".equals(repeat) ? Repeat.MONTHLY : "ONCE".equals(repeat) ? Repeat.ONCE : Repeat.WEEKLY;
    return new NewSession(serviceId, chosen, title, place, facilitators, places, userLed, first, start, end,
        chosenRepeat, days, chosenRepeat == Repeat.ONCE ? null : last);
  }

  boolean on(String day) {
    return weekdays != null && weekdays.contains(day);
  }

  static Map<String, String> kinds() {
    Map<String, String> kinds = new LinkedHashMap<>();
    for (SessionKind k : SessionKind.values()) {
      kinds.put(k.name(), k.label());
    }
    return kinds;
  }

  private static @Nullable LocalDate date(String field, @Nullable String d, @Nullable String m, @Nullable String y,
      List<FieldProblem> problems) {
    if (DateParts.blank(d, m, y)) {
      return null;
    }
    LocalDate date = DateParts.parse(d, m, y).orElse(null);
    if (date == null) {
      problems.add(new FieldProblem(field, "Enter a real date, like 10 5 2026"));
    }
    return date;
  }

  private static @Nullable LocalTime time(String field, @Nullable String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      String t = text.trim().replace('.', ':');
      return LocalTime.parse(t.length() == 4 ? "0" + t : t);
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "Enter the time on the 24-hour clock, like 18:30"));
      return null;
    }
  }

  private static String day(LocalDate d) {
    return String.valueOf(d.getDayOfMonth());
  }

  private static String month(LocalDate d) {
    return String.valueOf(d.getMonthValue());
  }

  private static String year(LocalDate d) {
    return String.valueOf(d.getYear());
  }
}
