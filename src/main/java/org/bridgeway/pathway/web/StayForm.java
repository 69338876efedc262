package org.bridgeway.pathway.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.pathway.EndOfStay;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * What the stay forms send: a stay starting (or recorded as already ended), or one ending. Dates as three
 * fields, as NHS.UK asks for them.
 */
record StayForm(
    @Nullable String serviceId,
    @Nullable String startDateDay, @Nullable String startDateMonth, @Nullable String startDateYear,
    @Nullable String plannedEndDateDay, @Nullable String plannedEndDateMonth, @Nullable String plannedEndDateYear,
    @Nullable String capacityOverrideReason,
    @Nullable String endDateDay, @Nullable String endDateMonth, @Nullable String endDateYear,
    @Nullable String reason, @Nullable String destination, @Nullable Integer version) {

  static StayForm startingOn(LocalDate day) {
    return new StayForm(null, d(day), m(day), y(day), null, null, null, null, null, null, null, null, null, null);
  }

  static StayForm endingOn(LocalDate day, int version) {
    return new StayForm(null, null, null, null, null, null, null, null, d(day), m(day), y(day), null, null, version);
  }

  /** Where a new stay's problems show on the stay form, where their names differ. */
  static final Map<String, String> NEW_STAY_NAMES = Map.of("endReason", "reason");

  /**
   * The stay typed, with an end date, reason and destination when it has already ended; a date typed but not a
   * real date is a problem of its own.
   */
  NewStay stay() {
    List<FieldProblem> problems = new java.util.ArrayList<>();
    LocalDate start = date("startDate", startDateDay, startDateMonth, startDateYear, problems);
    LocalDate plannedEnd = date("plannedEndDate", plannedEndDateDay, plannedEndDateMonth, plannedEndDateYear,
        problems);
    LocalDate end = date("endDate", endDateDay, endDateMonth, endDateYear, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new NewStay(uuid(serviceId), start, plannedEnd, capacityOverrideReason, end, endReason(), destination);
  }

  EndOfStay end() {
    List<FieldProblem> problems = new java.util.ArrayList<>();
    LocalDate end = date("endDate", endDateDay, endDateMonth, endDateYear, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new EndOfStay(end, endReason(), destination);
  }

  private @Nullable EndReason endReason() {
    return reason == null ? null
        : Arrays.stream(EndReason.values()).filter(r -> r.name().equals(reason)).findFirst().orElse(null);
  }

  int versionOr(int fallback) {
    return version == null ? fallback : version;
  }

  static Map<String, String> reasons() {
    Map<String, String> reasons = new LinkedHashMap<>();
    Arrays.stream(EndReason.values()).forEach(r -> reasons.put(r.name(), r.label()));
    return reasons;
  }

  private static @Nullable LocalDate date(String field, @Nullable String day, @Nullable String month,
      @Nullable String year, List<FieldProblem> problems) {
    if (DateParts.blank(day, month, year)) {
      return null;
    }
    LocalDate date = DateParts.parse(day, month, year).orElse(null);
    if (date == null) {
      problems.add(new FieldProblem(field, "Enter a real date, like 10 5 2026"));
    }
    return date;
  }

  private static @Nullable UUID uuid(@Nullable String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String d(LocalDate date) {
    return String.valueOf(date.getDayOfMonth());
  }

  private static String m(LocalDate date) {
    return String.valueOf(date.getMonthValue());
  }

  private static String y(LocalDate date) {
    return String.valueOf(date.getYear());
  }
}
