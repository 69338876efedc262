package org.bridgeway.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Someone who came to a meeting. A person who uses services is linked to their record where known, and otherwise
 * (as for a visitor) named by a first name or initials only; a member of staff is chosen from the staff list.
 */
public record NewAttendee(@Nullable AttendeeKind kind, @Nullable UUID personId, @Nullable UUID staffId,
    @Nullable String name) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (kind == null) {
      problems.add(new FieldProblem("kind", "Select who came: a person who uses services or a member of staff"));
    } else if (kind == AttendeeKind.STAFF && staffId == null) {
      problems.add(new FieldProblem("staffId", "Select the member of staff"));
    } else if (kind == AttendeeKind.PERSON) {
      Words.required(problems, "name", name, 100, "Enter their first name or initials");
    }
    return problems;
  }
}
