package org.bridgeway.alliance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/** Reads typed form values; what cannot be read becomes a problem beside its field, and an empty value. */
final class Parse {

  private Parse() {}

  static <T> @Nullable T value(List<FieldProblem> problems, String field, @Nullable String typed,
      Function<String, T> reader, String message) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return reader.apply(typed.trim());
    } catch (RuntimeException e) {
      problems.add(new FieldProblem(field, message));
      return null;
    }
  }

  /**
   * The command read from a form, or {@link InvalidInput} when anything could not be read: the reading problems
   * first, then the command's own rules for the other fields, so every message shows at once.
   */
  static <T> T readable(List<FieldProblem> unreadable, T command, Function<T, List<FieldProblem>> rules) {
    if (unreadable.isEmpty()) {
      return command;
    }
    List<FieldProblem> problems = new ArrayList<>(unreadable);
    rules.apply(command).stream()
        .filter(rule -> unreadable.stream().noneMatch(p -> p.field().equals(rule.field())))
        .forEach(problems::add);
    throw new InvalidInput(problems);
  }

  static @Nullable Integer whole(List<FieldProblem> problems, String field, @Nullable String typed,
      String message) {
    Integer value = value(problems, field, typed, Integer::valueOf, message);
    return value != null && Math.abs(value) > 1_000_000 ? null : value;
  }
}
