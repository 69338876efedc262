package org.bridgeway.referrals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** Someone recorded as present: a name, and their organisation; a staff member of the alliance if they are one. */
public record NewAttendee(@Nullable String name, @Nullable UUID organisationId, @Nullable UUID staffId) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if ((name == null || name.isBlank()) && staffId == null) {
      problems.add(new FieldProblem("name", "Enter the name of the person present, or choose them from the staff"));
    } else if (name != null && name.length() > 200) {
      problems.add(new FieldProblem("name", "Enter the name in 200 characters or fewer"));
    }
    if (organisationId == null && staffId == null) {
      problems.add(new FieldProblem("organisationId", "Select the organisation they represent"));
    }
    return problems;
  }
}
