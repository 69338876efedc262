package org.bridgeway.referrals.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Reads the panel forms' typed values; what cannot be read becomes a problem beside its field. */
final class PanelForms {


  private PanelForms() {}

  static @Nullable UUID id(List<FieldProblem> problems, String field, @Nullable String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(typed.trim());
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "Choose from the list"));
      return null;
    }
  }

  /** The date of three typed parts; all blank is no date, anything else that is not a real date is a problem. */
  static @Nullable LocalDate date(List<FieldProblem> problems, String field, @Nullable String day,
      @Nullable String month, @Nullable String year) {
    if (DateParts.blank(day, month, year)) {
      return null;
    }
    return DateParts.parse(day, month, year).orElseGet(() -> {
      problems.add(new FieldProblem(field, "Enter a real date, like 27 3 2026"));
      return null;
    });
  }

  static @Nullable LocalTime time(List<FieldProblem> problems, String field, @Nullable String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      String text = typed.trim().replace('.', ':');
      return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    } catch (RuntimeException e) {
      problems.add(new FieldProblem(field, "Enter the time as hours and minutes, like 10:00 or 14:30"));
      return null;
    }
  }

  /** The problems found while reading, before the command's own: a command is built only from a clean form. */
  static void unreadable(List<FieldProblem> problems, List<FieldProblem> rules) {
    if (problems.isEmpty()) {
      return;
    }
    rules.stream().filter(rule -> problems.stream().noneMatch(p -> p.field().equals(rule.field())))
        .forEach(problems::add);
    throw new InvalidInput(problems);
  }

}
