package org.bridgeway.community.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.community.Opening;
import org.bridgeway.community.Resource;
import org.bridgeway.community.ResourceDetails;
import org.bridgeway.community.ResourceKind;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What the resource form sends: the details, and up to three opening times as a day and two times each. */
record ResourceForm(@Nullable Integer version, @Nullable String kind, @Nullable String name,
    @Nullable String description, @Nullable String organisation, @Nullable String address,
    @Nullable String postcode, @Nullable String eligibility, @Nullable String day0, @Nullable String opens0,
    @Nullable String closes0, @Nullable String day1, @Nullable String opens1, @Nullable String closes1,
    @Nullable String day2, @Nullable String opens2, @Nullable String closes2, @Nullable String openingNotes,
    @Nullable String website, @Nullable String email, @Nullable String phone) {

  static final int OPENINGS = ResourceDetails.MOST_OPENINGS;

  static ResourceForm empty() {
    return new ResourceForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null);
  }

  static ResourceForm of(Resource r) {
    String[][] o = new String[OPENINGS][3];
    for (int i = 0; i < Math.min(OPENINGS, r.openings().size()); i++) {
      Opening opening = r.openings().get(i);
      o[i] = new String[] {opening.day().name(), opening.opens().toString(), opening.closes().toString()};
    }
    return new ResourceForm(r.version(), r.kind().name(), r.name(), r.description(), r.organisation(), r.address(),
        r.postcode(), r.eligibility(), o[0][0], o[0][1], o[0][2], o[1][0], o[1][1], o[1][2], o[2][0], o[2][1],
        o[2][2], r.openingNotes(), r.website(), r.email(), r.phone());
  }

  /** The details typed; an opening time that is not a real time is a problem of its own. */
  ResourceDetails details() {
    List<FieldProblem> problems = new ArrayList<>();
    List<Opening> openings = new ArrayList<>();
    String[][] rows = {{day0, opens0, closes0}, {day1, opens1, closes1}, {day2, opens2, closes2}};
    for (int i = 0; i < OPENINGS; i++) {
      String[] row = rows[i];
      if (ResourceDetails.blank(row[0]) && ResourceDetails.blank(row[1]) && ResourceDetails.blank(row[2])) {
        continue;
      }
      DayOfWeek day = day(row[0]);
      LocalTime opens = time(row[1]);
      LocalTime closes = time(row[2]);
      if (day == null || opens == null || closes == null) {
        problems.add(new FieldProblem("opening" + i, "Choose the day and enter both times, like 09:30 and 16:00"));
      } else {
        openings.add(new Opening(day, opens, closes));
      }
    }
    ResourceDetails details = new ResourceDetails(ResourceKind.named(kind).orElse(null), name, description,
        organisation, address, postcode, eligibility, openings, openingNotes, website, email, phone);
    if (!problems.isEmpty()) {
      problems.addAll(0, details.problems());
      throw new InvalidInput(problems);
    }
    return details;
  }

  static Map<String, String> kinds() {
    Map<String, String> kinds = new LinkedHashMap<>();
    for (ResourceKind k : ResourceKind.values()) {
      kinds.put(k.name(), k.label());
    }
    return kinds;
  }

  static Map<String, String> days() {
    Map<String, String> days = new LinkedHashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      days.put(d.name(), d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK));
    }
    return days;
  }

  private static @Nullable DayOfWeek day(@Nullable String name) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().equals(name)) {
        return d;
      }
    }
    return null;
  }

  private static @Nullable LocalTime time(@Nullable String text) {
    if (ResourceDetails.blank(text)) {
      return null;
    }
    String t = text.trim().replace('.', ':');
    try {
      return LocalTime.parse(t.length() == 4 && t.indexOf(':') == 1 ? "0" + t : t);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
