package org.bridgeway.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The panel's decision on one referral, as recorded at the meeting. Every decision needs its reasons;
 * an allocation needs its services, a key worker and a start date; a waiting list needs its services.
 * {@code referralVersion} is the version of the referral the panel was looking at.
 */
public record PanelDecision(
    @Nullable PanelOutcome outcome,
    @Nullable String reasons,
    @Nullable List<UUID> serviceIds,
    @Nullable UUID keyWorkerStaffId,
    @Nullable List<TeamMemberChoice> members,
    @Nullable LocalDate startDate,
    @Nullable Integer referralVersion) {

  public List<UUID> services() {
    return serviceIds == null ? List.of() : serviceIds.stream().distinct().toList();
  }

  public List<TeamMemberChoice> teamMembers() {
    return members == null ? List.of() : members;
  }

  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (outcome == null) {
      problems.add(new FieldProblem("outcome", "Select the panel's decision"));
    }
    if (reasons == null || reasons.isBlank()) {
      problems.add(new FieldProblem("reasons", "Enter the reasons for the decision, so the referrer knows why"));
    } else if (reasons.length() > 4000) {
      problems.add(new FieldProblem("reasons", "Enter the reasons in 4000 characters or fewer"));
    }
    if (outcome != null && outcome.namesServices() && services().isEmpty()) {
      problems.add(new FieldProblem("serviceIds", outcome == PanelOutcome.ALLOCATE
          ? "Choose at least one service to allocate to" : "Choose the service whose waiting list to join"));
    }
    if (outcome == PanelOutcome.ALLOCATE) {
      allocationProblems(problems);
    }
    if (referralVersion == null) {
      problems.add(new FieldProblem("referralVersion", "Give the version of the referral you are deciding"));
    }
    return problems;
  }

  private void allocationProblems(List<FieldProblem> problems) {
    if (keyWorkerStaffId == null) {
      problems.add(new FieldProblem("keyWorkerStaffId", "Choose the key worker"));
    }
    if (startDate == null) {
      problems.add(new FieldProblem("startDate", "Enter the date the allocation starts, like 27 3 2026"));
    }
    for (TeamMemberChoice member : teamMembers()) {
      if (member.staffId() == null || member.role() == null || member.role().isBlank()) {
        problems.add(new FieldProblem("members", "Give each extra care team member a worker and a role"));
        return;
      }
    }
  }
}
