package org.bridgeway.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAccounts.SignIn;
import org.bridgeway.TestAlliances;
import org.bridgeway.access.Role;
import org.bridgeway.browser.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An administrator reads the audit trail and asks for the whole trail to be checked, in a real browser. */
@BridgewayTest
class AuditJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired TestAlliances alliances;
  @Autowired TestAccounts accounts;

  @Test
  void theTrailIsCheckedWhenTheAdministratorAsks() {
    SignIn admin = accounts.open(alliances.create(), Role.ADMIN);
    browser.on(port).desktop();
    browser.signIn(admin.username(), admin.password());

    browser.open("/admin/audit");
    assertThat(browser.heading()).isEqualTo("Audit trail");
    assertThat(browser.text()).doesNotContain("The trail is intact");

    browser.press("Check the trail has not been altered");
    assertThat(browser.text()).contains("The trail is intact");
  }
}
