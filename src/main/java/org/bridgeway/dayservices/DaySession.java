package org.bridgeway.dayservices;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.jspecify.annotations.Nullable;

/** A session a day service publishes, with its repetition as an RFC 5545 rule (none for a single day). */
public record DaySession(
    UUID id,
    UUID serviceId,
    String serviceName,
    SessionKind kind,
    String title,
    @Nullable String place,
    @Nullable String facilitators,
    @Nullable Integer capacity,
    boolean userLed,
    LocalDate firstDate,
    LocalTime startTime,
    LocalTime endTime,
    @Nullable String rule,
    int version) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  /** The dates it runs on from one day to another, both included, in order. */
  public List<LocalDate> occurrences(LocalDate from, LocalDate to) {
    List<LocalDate> dates = new ArrayList<>();
    if (rule == null) {
      if (!firstDate.isBefore(from) && !firstDate.isAfter(to)) {
        dates.add(firstDate);
      }
      return dates;
    }
    RecurrenceRuleIterator it = recurrence().iterator(
        new DateTime(firstDate.getYear(), firstDate.getMonthValue() - 1, firstDate.getDayOfMonth()));
    while (it.hasNext()) {
      DateTime next = it.nextDateTime();
      LocalDate date = LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth());
      if (date.isAfter(to)) {
        break;
      }
      if (!date.isBefore(from)) {
        dates.add(date);
      }
    }
    return dates;
  }

  public boolean runsOn(LocalDate date) {
    return occurrences(date, date).contains(date);
  }

  public Repeat repeat() {
    return rule == null ? Repeat.ONCE : rule.startsWith("FREQ=MONTHLY") ? Repeat.MONTHLY : Repeat.WEEKLY;
  }

  public Set<DayOfWeek> weekdays() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (rule != null && rule.contains("BYDAY=")) {
      String list = rule.substring(rule.indexOf("BYDAY=") + 6).split(";")[0];
      for (String code : list.split(",")) {
        for (DayOfWeek day : DayOfWeek.values()) {
          if (day.name().startsWith(code)) {
            days.add(day);
          }
        }
      }
    }
    return days;
  }

  public @Nullable LocalDate until() {
    if (rule == null || !rule.contains("UNTIL=")) {
      return null;
    }
    return LocalDate.parse(rule.substring(rule.indexOf("UNTIL=") + 6, rule.indexOf("UNTIL=") + 14),
        DateTimeFormatter.BASIC_ISO_DATE);
  }

  /** When it runs, in words: "Mondays and Thursdays, 6:30pm to 8:00pm, until 31 March 2027". */
  public String whenText() {
    String times = startTime.format(TIME).toLowerCase(Locale.UK) + " to " + endTime.format(TIME).toLowerCase(Locale.UK);
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    return switch (repeat()) {
      case ONCE -> firstDate.format(day) + ", " + times;
      case MONTHLY -> "Every month on day " + firstDate.getDayOfMonth() + ", " + times + ", until "
          + until().format(day);
      case WEEKLY -> weekdays().stream().map(d -> d.getDisplayName(TextStyle.FULL, Locale.UK) + "s")
          .collect(Collectors.joining(", ")) + ", " + times + ", until " + until().format(day);
    };
  }

  public NewSession details() {
    return new NewSession(serviceId, kind, title, place, facilitators, capacity, userLed, firstDate, startTime,
        endTime, repeat(), weekdays(), until());
  }

  private RecurrenceRule recurrence() {
    try {
      return new RecurrenceRule(rule);
    } catch (InvalidRecurrenceRuleException e) {
      throw new IllegalStateException("Saved session " + id + " has an invalid rule " + rule, e);
    }
  }
}
