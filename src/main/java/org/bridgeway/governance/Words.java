package org.bridgeway.governance;

import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** The checks every governance form makes of the words typed into it. */
public final class Words {

  private Words() {}

  public static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }

  public static @Nullable String tidy(@Nullable String text) {
    return blank(text) ? null : text.trim();
  }

  /** Adds a problem when the words are missing or longer than allowed. */
  static void required(List<FieldProblem> problems, String field, @Nullable String text, int most, String ask) {
    if (blank(text)) {
      problems.add(new FieldProblem(field, ask));
    } else {
      atMost(problems, field, text, most);
    }
  }

  static void atMost(List<FieldProblem> problems, String field, @Nullable String text, int most) {
    if (text != null && text.trim().length() > most) {
      problems.add(new FieldProblem(field, "Enter no more than " + most + " characters"));
    }
  }
}
