package org.bridgeway.dayservices;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A session as it is set up: once, weekly on the weekdays chosen until a date, or monthly until a date.
 * Evenings and weekends are allowed.
 */
public record NewSession(
    @Nullable UUID serviceId,
    @Nullable SessionKind kind,
    @Nullable String title,
    @Nullable String place,
    @Nullable String facilitators,
    @Nullable Integer capacity,
    boolean userLed,
    @Nullable LocalDate firstDate,
    @Nullable LocalTime startTime,
    @Nullable LocalTime endTime,
    Repeat repeat,
    Set<DayOfWeek> weekdays,
    @Nullable LocalDate until) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (kind == null) {
      problems.add(new FieldProblem("kind", "Choose what kind of session it is"));
    }
    if (title == null || title.isBlank()) {
      problems.add(new FieldProblem("title", "Enter the session's title"));
    } else if (title.trim().length() > 200) {
      problems.add(new FieldProblem("title", "The title must be 200 characters or fewer"));
    }
    if (capacity != null && (capacity < 1 || capacity > 1000)) {
      problems.add(new FieldProblem("capacity", "Places must be from 1 to 1,000, or left empty"));
    }
    if (firstDate == null) {
      problems.add(new FieldProblem("firstDate", "Enter the date of the first session"));
    }
    if (startTime == null) {
      problems.add(new FieldProblem("startTime", "Enter the start time, for example 18:30"));
    }
    if (endTime == null) {
      problems.add(new FieldProblem("endTime", "Enter the end time, for example 20:00"));
    } else if (startTime != null && !endTime.isAfter(startTime)) {
      problems.add(new FieldProblem("endTime", "The session must end after it starts"));
    }
    if (repeat == Repeat.WEEKLY && weekdays.isEmpty()) {
      problems.add(new FieldProblem("weekdays", "Choose the days of the week it runs on"));
    }
    if (repeat != Repeat.ONCE) {
      if (until == null) {
        problems.add(new FieldProblem("until", "Enter the date it runs until"));
      } else if (firstDate != null && until.isBefore(firstDate)) {
        problems.add(new FieldProblem("until", "The last date cannot be before the first session"));
      } else if (firstDate != null && until.isAfter(firstDate.plusYears(5))) {
        problems.add(new FieldProblem("until", "Set it up for up to 5 years at a time"));
      }
    }
    return problems;
  }

  /** The RFC 5545 recurrence rule, or none for a single session. */
  public @Nullable String rule() {
    if (repeat == Repeat.ONCE || until == null) {
      return null;
    }
    String end = ";UNTIL=" + until.format(DateTimeFormatter.BASIC_ISO_DATE);
    if (repeat == Repeat.MONTHLY) {
      return "FREQ=MONTHLY" + end;
    }
    return "FREQ=WEEKLY;BYDAY=" + weekdays.stream().sorted()
        .map(day -> day.name().substring(0, 2)).collect(Collectors.joining(",")) + end;
  }
}
