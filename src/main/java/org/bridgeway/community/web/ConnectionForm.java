package org.bridgeway.community.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.community.Connection;
import org.bridgeway.community.ConnectionChange;
import org.bridgeway.community.NewConnection;
import org.bridgeway.community.Progress;
import org.bridgeway.community.Resource;
import org.bridgeway.community.ResourceKind;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What the connection forms send; dates come as three fields each. */
record ConnectionForm(@Nullable Integer version, @Nullable String resourceId, @Nullable String resourceName,
    @Nullable String kind, @Nullable String startDay, @Nullable String startMonth, @Nullable String startYear,
    @Nullable String endDay, @Nullable String endMonth, @Nullable String endYear, @Nullable String progress,
    @Nullable String note) {

  static ConnectionForm startingOn(LocalDate day) {
    return new ConnectionForm(null, null, null, null, String.valueOf(day.getDayOfMonth()),
        String.valueOf(day.getMonthValue()), String.valueOf(day.getYear()), null, null, null, null, null);
  }

  static ConnectionForm of(Connection c) {
    LocalDate end = c.end();
    return new ConnectionForm(c.version(), null, null, null, null, null, null,
        end == null ? null : String.valueOf(end.getDayOfMonth()), end == null ? null : String.valueOf(end.getMonthValue()),
        end == null ? null : String.valueOf(end.getYear()), c.progress().name(), c.note());
  }

  NewConnection connection() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate start = date("start", startDay, startMonth, startYear, problems);
    LocalDate end = date("end", endDay, endMonth, endYear, problems);
    UUID resource = null;
    if (resourceId != null && !resourceId.isBlank()) {
      try {
        resource = UUID.fromString(resourceId.trim());
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem("resourceId", "Choose a place from the directory"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new NewConnection(resource, resourceName, ResourceKind.named(kind).orElse(null), start, end,
        Progress.named(progress).orElse(null), note);
  }

  ConnectionChange change() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate end = date("end", endDay, endMonth, endYear, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new ConnectionChange(Progress.named(progress).orElse(null), note, end);
  }

  static Map<String, String> progresses() {
    Map<String, String> all = new LinkedHashMap<>();
    for (Progress p : Progress.values()) {
      all.put(p.name(), p.label());
    }
    return all;
  }

  static Map<String, String> choices(List<Resource> resources) {
    Map<String, String> all = new LinkedHashMap<>();
    for (Resource r : resources) {
      all.put(r.id().toString(), r.name() + " (" + r.kind().label().toLowerCase() + ")");
    }
    return all;
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
}
