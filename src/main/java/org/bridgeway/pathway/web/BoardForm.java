package org.bridgeway.pathway.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.pathway.BoardFilter;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What the capacity board's filter sends: the day as three fields, the weeks ahead and the services wanted. */
record BoardForm(
    @Nullable String dayDay, @Nullable String dayMonth, @Nullable String dayYear,
    @Nullable String weeks,
    @Nullable String organisationId,
    @Nullable String localityId,
    @Nullable String kind) {

  static BoardForm of(BoardFilter filter) {
    LocalDate day = filter.day();
    return new BoardForm(String.valueOf(day.getDayOfMonth()), String.valueOf(day.getMonthValue()),
        String.valueOf(day.getYear()), String.valueOf(filter.weeks()),
        filter.organisationId() == null ? null : filter.organisationId().toString(),
        filter.localityId() == null ? null : filter.localityId().toString(),
        filter.kind() == null ? null : filter.kind().name());
  }

  /** The filter typed; a blank day is today and blank weeks are 8. */
  BoardFilter filter(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate day = today;
    if (!DateParts.blank(dayDay, dayMonth, dayYear)) {
      day = DateParts.parse(dayDay, dayMonth, dayYear).orElse(null);
      if (day == null) {
        problems.add(new FieldProblem("day", "Enter a real date, like 10 5 2026"));
      }
    }
    int ahead = BoardFilter.DEFAULT_WEEKS;
    if (weeks != null && !weeks.isBlank()) {
      try {
        ahead = Integer.parseInt(weeks.trim());
      } catch (NumberFormatException e) {
        problems.add(new FieldProblem("weeks", "Enter a number of weeks from 1 to " + BoardFilter.MAX_WEEKS));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new BoardFilter(day, ahead, uuid(organisationId), uuid(localityId),
        Arrays.stream(ServiceKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null));
  }

  static @Nullable UUID uuid(@Nullable String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
