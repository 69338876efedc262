package org.bridgeway.notes.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.NewNote;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** What the note form sends. The date comes as three fields; "shared" as yes or no. */
record NoteForm(
    @Nullable String kind,
    @Nullable String contactDateDay, @Nullable String contactDateMonth, @Nullable String contactDateYear,
    @Nullable String durationMinutes,
    @Nullable String text,
    @Nullable String shared,
    @Nullable String notSharedReason,
    boolean restricted) {

  static NoteForm on(LocalDate day) {
    return new NoteForm(null, String.valueOf(day.getDayOfMonth()), String.valueOf(day.getMonthValue()),
        String.valueOf(day.getYear()), null, null, "yes", null, false);
  }

  /** The note typed; a date or a length that is not a real one is a problem of its own. */
  NewNote note() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate date = null;
    if (!DateParts.blank(contactDateDay, contactDateMonth, contactDateYear)) {
      date = DateParts.parse(contactDateDay, contactDateMonth, contactDateYear).orElse(null);
      if (date == null) {
        problems.add(new FieldProblem("contactDate", "Enter a real date, like 10 5 2026"));
      }
    }
    Integer minutes = null;
    if (durationMinutes != null && !durationMinutes.isBlank()) {
      try {
        minutes = Integer.valueOf(durationMinutes.trim());
      } catch (NumberFormatException e) {
        problems.add(new FieldProblem("durationMinutes", "Enter the length as a whole number of minutes, like 45"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new NewNote(kind(kind), date, minutes, text, !"no".equals(shared), notSharedReason, restricted);
  }

  static @Nullable ContactKind kind(@Nullable String name) {
    return ContactKind.forWorkers().stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
  }

  static Map<String, String> kinds() {
    Map<String, String> kinds = new LinkedHashMap<>();
    ContactKind.forWorkers().forEach(k -> kinds.put(k.name(), k.label()));
    return kinds;
  }
}
