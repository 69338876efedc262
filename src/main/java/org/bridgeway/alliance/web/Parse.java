package org.bridgeway.alliance.web;

import java.util.List;
import java.util.function.Function;
import org.bridgeway.shared.FieldProblem;
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

  static @Nullable Integer whole(List<FieldProblem> problems, String field, @Nullable String typed,
      String message) {
    Integer value = value(problems, field, typed, Integer::valueOf, message);
    return value != null && Math.abs(value) > 1_000_000 ? null : value;
  }
}
