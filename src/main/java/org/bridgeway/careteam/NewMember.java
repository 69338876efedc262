package org.bridgeway.careteam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Someone joining a person's team: a member of staff of any partner, their role, whether they are the key
 * worker, and the day they start. The role "key worker" makes them the key worker. Checks itself.
 */
public record NewMember(
    @Nullable UUID staffId, @Nullable TeamRole role, boolean keyWorker, @Nullable LocalDate startDate) {

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (staffId == null) {
      problems.add(new FieldProblem("staffId", "Select the member of staff joining the team"));
    }
    if (role == null) {
      problems.add(new FieldProblem("role", "Select their role in the team"));
    }
    if (startDate == null) {
      problems.add(new FieldProblem("startDate", "Enter the date they join the team, like 10 5 2026"));
    }
    return problems;
  }

  /** True when this member is to be the key worker, by the flag or by the role. */
  public boolean isKeyWorker() {
    return keyWorker || role == TeamRole.KEY_WORKER;
  }
}
