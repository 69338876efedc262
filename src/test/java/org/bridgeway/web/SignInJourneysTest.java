package org.bridgeway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAccounts.SignIn;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.Role;
import org.bridgeway.browser.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in and out in a real browser; every page on the way passes the accessibility check. */
@BridgewayTest
class SignInJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired TestAlliances alliances;
  @Autowired TestAccounts accounts;

  TestAlliance alliance;

  @BeforeEach
  void setUp() {
    browser.on(port);
    alliance = alliances.create();
  }

  @Test
  void theSignInPageAndTheHomePageOfEveryRolePassTheAccessibilityCheck() {
    for (Role role : Role.values()) {
      SignIn account = accounts.open(alliance, role);
      browser.on(port).signIn(account.username(), account.password());

      assertThat(browser.path()).isEqualTo("/");
      assertThat(browser.heading()).isEqualTo("Hello, Test " + role.label());
    }
  }

  @Test
  void aWrongPasswordShowsTheErrorSummaryAndTheFormAgain() {
    SignIn worker = accounts.open(alliance, Role.PRACTITIONER);

    browser.signIn(worker.username(), "not the right password");

    assertThat(browser.path()).isEqualTo("/login?failed");
    assertThat(browser.textOf(".nhsuk-error-summary")).contains("The username or password is not right");
  }

  @Test
  void signingOutEndsTheSessionSoPagesAskToSignInAgain() {
    SignIn worker = accounts.open(alliance, Role.PRACTITIONER);
    browser.signIn(worker.username(), worker.password());

    browser.press("Sign out");

    assertThat(browser.path()).isEqualTo("/login?signedOut");
    assertThat(browser.text()).contains("You have signed out.");
    browser.open("/people");
    assertThat(browser.path()).isEqualTo("/login");
    assertThat(browser.heading()).isEqualTo("Sign in to Bridgeway");
  }
}
