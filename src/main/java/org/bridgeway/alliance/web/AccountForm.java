package org.bridgeway.alliance.web;

import java.util.List;
import java.util.UUID;
import org.bridgeway.access.NewAccount;
import org.bridgeway.access.Role;
import org.bridgeway.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/** A new sign-in account in the administrator's alliance, as typed. */
record AccountForm(@Nullable String username, @Nullable String displayName, @Nullable String role,
    @Nullable String password, @Nullable String staffId) {

  static AccountForm blank() {
    return new AccountForm(null, null, null, null, null);
  }

  /** The account to open, or null with problems added when the form is not complete. */
  @Nullable NewAccount account(UUID allianceId, List<FieldProblem> problems) {
    if (username == null || username.isBlank()) {
      problems.add(new FieldProblem("username", "Enter a username"));
    }
    if (displayName == null || displayName.isBlank()) {
      problems.add(new FieldProblem("displayName", "Enter the name to show for them"));
    }
    Role chosen = Parse.value(problems, "role", role, Role::valueOf, "Select a role from the list");
    if (chosen == null || !chosen.allianceRole()) {
      problems.add(new FieldProblem("role", "Select a role from the list"));
    }
    if (password == null || password.isEmpty()) {
      problems.add(new FieldProblem("password", "Enter an initial password"));
    }
    UUID staff = Parse.value(problems, "staffId", staffId, UUID::fromString, "Select a member of staff");
    if (!problems.isEmpty()) {
      return null;
    }
    return new NewAccount(username, password, displayName, chosen, allianceId, staff, null);
  }
}
