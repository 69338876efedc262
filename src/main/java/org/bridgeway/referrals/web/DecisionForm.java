package org.bridgeway.referrals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.referrals.PanelDecision;
import org.bridgeway.referrals.PanelOutcome;
import org.bridgeway.referrals.TeamMemberChoice;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The decision form as typed. Extra care team members are rows of a worker and a role, read in order;
 * a row left empty is no member.
 */
record DecisionForm(@Nullable String outcome, @Nullable String reasons, @Nullable List<String> serviceIds,
    @Nullable String keyWorkerStaffId, @Nullable List<String> memberStaffIds, @Nullable List<String> memberRoles,
    @Nullable String startDateDay, @Nullable String startDateMonth, @Nullable String startDateYear,
    @Nullable Integer referralVersion) {

  static final int MEMBER_ROWS = 3;

  static DecisionForm blank(int version) {
    return new DecisionForm(null, null, List.of(), null, List.of(), List.of(), null, null, null, version);
  }

  public boolean chosen(Object serviceId) {
    return serviceIds != null && serviceIds.contains(String.valueOf(serviceId));
  }

  public String memberStaff(int row) {
    return at(memberStaffIds, row);
  }

  public String memberRole(int row) {
    return at(memberRoles, row);
  }

  PanelDecision decision() {
    List<FieldProblem> problems = new ArrayList<>();
    PanelOutcome chosenOutcome = null;
    try {
      chosenOutcome = outcome == null || outcome.isBlank() ? null : PanelOutcome.valueOf(outcome);
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("outcome", "Select the panel's decision"));
    }
    List<UUID> services = new ArrayList<>();
    (serviceIds == null ? List.<String>of() : serviceIds)
        .forEach(s -> services.add(PanelForms.id(problems, "serviceIds", s)));
    services.removeIf(java.util.Objects::isNull);
    PanelDecision decision = new PanelDecision(chosenOutcome, reasons, services,
        PanelForms.id(problems, "keyWorkerStaffId", keyWorkerStaffId), members(problems),
        PanelForms.date(problems, "startDate", startDateDay, startDateMonth, startDateYear), referralVersion);
    PanelForms.unreadable(problems, decision.problems());
    return decision;
  }

  private List<TeamMemberChoice> members(List<FieldProblem> problems) {
    List<TeamMemberChoice> members = new ArrayList<>();
    for (int row = 0; row < MEMBER_ROWS; row++) {
      String staff = memberStaff(row);
      String role = memberRole(row);
      if (staff.isBlank() && role.isBlank()) {
        continue;
      }
      if (staff.isBlank() || role.isBlank()) {
        problems.add(new FieldProblem("members", "Give each extra care team member a worker and a role"));
        continue;
      }
      UUID id = PanelForms.id(problems, "members", staff);
      if (id != null) {
        members.add(new TeamMemberChoice(id, role.trim()));
      }
    }
    return members;
  }

  private static String at(@Nullable List<String> values, int row) {
    return values == null || row >= values.size() || values.get(row) == null ? "" : values.get(row);
  }
}
