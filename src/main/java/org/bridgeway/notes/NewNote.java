package org.bridgeway.notes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A contact or note as a worker writes it. Shared with the person unless the worker says why not; restricted
 * means seen only inside the author's organisation, and so never shared.
 */
public record NewNote(
    @Nullable ContactKind kind,
    @Nullable LocalDate contactDate,
    @Nullable Integer durationMinutes,
    @Nullable String text,
    boolean shared,
    @Nullable String notSharedReason,
    boolean restricted) {

  public static final int LONGEST_TEXT = 10_000;
  public static final int LONGEST_CONTACT = 720;
  public static final String RESTRICTED_REASON = "Restricted to the author's organisation";

  /** Everything wrong with it, each beside its field; none when it may be saved. */
  public List<FieldProblem> problems(LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    if (kind == null || kind == ContactKind.PERSON_ENTRY) {
      problems.add(new FieldProblem("kind", "Select what kind of contact or note this is"));
    }
    if (contactDate == null) {
      problems.add(new FieldProblem("contactDate", "Enter the date of the contact, like 10 5 2026"));
    } else if (contactDate.isAfter(today)) {
      problems.add(new FieldProblem("contactDate", "The date cannot be in the future"));
    }
    if (kind != null && kind.hasDuration()) {
      if (durationMinutes == null) {
        problems.add(new FieldProblem("durationMinutes", "Enter how long the contact lasted, in minutes"));
      } else if (durationMinutes < 1 || durationMinutes > LONGEST_CONTACT) {
        problems.add(new FieldProblem("durationMinutes", "Enter a length from 1 to 720 minutes (12 hours)"));
      }
    } else if (kind != null && durationMinutes != null) {
      problems.add(new FieldProblem("durationMinutes", kind.label() + " has no length: leave the minutes empty"));
    }
    problems.addAll(textProblems("text", text));
    if (!shared && !restricted && blank(notSharedReason)) {
      problems.add(new FieldProblem("notSharedReason", "Enter why this note is not shared with the person"));
    }
    return problems;
  }

  /** Restricted notes are never shared with the person, whatever the form said. */
  @Override
  public boolean shared() {
    return shared && !restricted;
  }

  public @Nullable String reasonNotShared() {
    if (shared()) {
      return null;
    }
    return blank(notSharedReason) ? RESTRICTED_REASON : notSharedReason.trim();
  }

  static List<FieldProblem> textProblems(String field, @Nullable String text) {
    if (blank(text)) {
      return List.of(new FieldProblem(field, "Enter the note"));
    }
    if (text.trim().length() > LONGEST_TEXT) {
      return List.of(new FieldProblem(field, "The note must be " + LONGEST_TEXT + " characters or fewer"));
    }
    return List.of();
  }

  static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
