package org.bridgeway;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.NewAccount;
import org.bridgeway.access.Role;
import org.springframework.stereotype.Component;

/** Opens real sign-in accounts for tests that sign in through the form or over HTTP Basic. */
@Component
public class TestAccounts {

  public static final String PASSWORD = "a long test passphrase";

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final Accounts accounts;

  TestAccounts(Accounts accounts) {
    this.accounts = accounts;
  }

  /** An account of this role in the alliance; the installation administrator belongs to none. */
  public SignIn open(TestAlliance alliance, Role role) {
    return open(alliance, role, null);
  }

  /** An account of this role, signed in as this member of staff. */
  public SignIn open(TestAlliance alliance, Role role, @org.jspecify.annotations.Nullable UUID staffId) {
    UUID allianceId = role == Role.INSTALLATION_ADMIN ? null : alliance.id();
    String username = alliance.shortName() + "-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-')
        + "-" + COUNTER.incrementAndGet();
    accounts.open(new NewAccount(username, PASSWORD, "Test " + role.label(), role, allianceId, staffId, null));
    return new SignIn(username, PASSWORD, role);
  }

  /** What a test types to sign in. */
  public record SignIn(String username, String password, Role role) {}
}
