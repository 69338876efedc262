package org.bridgeway.referrals.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;

/** Reads the panel forms' typed values; what cannot be read becomes a problem beside its field. */
final class PanelForms {

  static final String CONFLICT = "conflict";

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

  /** A refusal as the messages a form shows beside its fields, the first message for each field. */
  static Map<String, String> errors(RuntimeException refusal) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (refusal instanceof InvalidInput invalid) {
      invalid.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
    } else if (refusal instanceof Refused refused) {
      errors.put(refused.field(), refused.getMessage());
    } else if (refusal instanceof EditConflict) {
      errors.put(CONFLICT, refusal.getMessage());
    } else {
      throw refusal;
    }
    return errors;
  }
}
