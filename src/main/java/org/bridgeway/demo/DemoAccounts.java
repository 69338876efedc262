package org.bridgeway.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.NewAccount;
import org.bridgeway.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo sign-ins, all with the password {@value #PASSWORD}: the installation administrator, and in each
 * alliance an administrator (opened with the alliance), a manager, a worker and a panel member who are staff
 * members, a commissioner, and a person who uses services and sees their own record.
 */
@Component
class DemoAccounts {

  static final String PASSWORD = "bridgeway-demo";
  static final String INSTALLATION_ADMIN = "installation-admin";
  static final List<String> ALLIANCE_ACCOUNTS = List.of("admin", "manager", "worker", "panel", "commissioner",
      "person");

  private final Accounts accounts;

  DemoAccounts(Accounts accounts) {
    this.accounts = accounts;
  }

  void openInstallationAdmin() {
    accounts.open(new NewAccount(INSTALLATION_ADMIN, PASSWORD, "Installation administrator (demo)",
        Role.INSTALLATION_ADMIN, null, null, null));
  }

  /** Opens every account of an alliance but its administrator, who came with the alliance itself. */
  void openFor(UUID alliance, String shortName, Map<String, UUID> staff, UUID person) {
    open(alliance, shortName, "manager", Role.MANAGER, staff.get("manager"), null);
    open(alliance, shortName, "worker", Role.PRACTITIONER, staff.get("worker"), null);
    open(alliance, shortName, "panel", Role.PANEL_MEMBER, staff.get("panel"), null);
    open(alliance, shortName, "commissioner", Role.COMMISSIONER, null, null);
    open(alliance, shortName, "person", Role.PERSON, null, person);
  }

  private void open(UUID alliance, String shortName, String account, Role role, @Nullable UUID staff,
      @Nullable UUID person) {
    accounts.open(new NewAccount(shortName + "-" + account, PASSWORD, displayName(shortName, role), role, alliance,
        staff, person));
  }

  static String displayName(String shortName, Role role) {
    return Character.toUpperCase(shortName.charAt(0)) + shortName.substring(1) + " demo " + role.label().toLowerCase();
  }
}
