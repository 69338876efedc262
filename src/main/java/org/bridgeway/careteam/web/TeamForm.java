package org.bridgeway.careteam.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.TeamRole;
import org.bridgeway.shared.DateParts;
import org.jspecify.annotations.Nullable;

/** What the team forms send: a member joining, leaving, or taking over as key worker. Dates as three fields. */
record TeamForm(
    @Nullable String staffId, @Nullable String role, @Nullable Boolean keyWorker,
    @Nullable String startDateDay, @Nullable String startDateMonth, @Nullable String startDateYear,
    @Nullable String endDateDay, @Nullable String endDateMonth, @Nullable String endDateYear,
    @Nullable String reason, @Nullable Integer version) {

  static TeamForm startingToday(LocalDate today) {
    return new TeamForm(null, null, null, day(today), month(today), year(today), null, null, null, null, null);
  }

  static TeamForm leavingToday(LocalDate today, int version) {
    return new TeamForm(null, null, null, null, null, null, day(today), month(today), year(today), null, version);
  }

  TeamForm withVersion(int current) {
    return new TeamForm(staffId, role, keyWorker, startDateDay, startDateMonth, startDateYear, endDateDay,
        endDateMonth, endDateYear, reason, current);
  }

  NewMember member() {
    return new NewMember(uuid(staffId), teamRole(), Boolean.TRUE.equals(keyWorker), startDate());
  }

  @Nullable LocalDate startDate() {
    return DateParts.parse(startDateDay, startDateMonth, startDateYear).orElse(null);
  }

  @Nullable LocalDate endDate() {
    return DateParts.parse(endDateDay, endDateMonth, endDateYear).orElse(null);
  }

  String reasonText() {
    return reason == null ? "" : reason;
  }

  int versionOr(int fallback) {
    return version == null ? fallback : version;
  }

  static Map<String, String> roles() {
    Map<String, String> roles = new LinkedHashMap<>();
    Arrays.stream(TeamRole.values()).forEach(r -> roles.put(r.name(), r.label()));
    return roles;
  }

  private @Nullable TeamRole teamRole() {
    return role == null || role.isBlank() ? null
        : Arrays.stream(TeamRole.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
  }

  private static @Nullable UUID uuid(@Nullable String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String day(LocalDate date) {
    return String.valueOf(date.getDayOfMonth());
  }

  private static String month(LocalDate date) {
    return String.valueOf(date.getMonthValue());
  }

  private static String year(LocalDate date) {
    return String.valueOf(date.getYear());
  }
}
