package org.bridgeway.alliance.web;

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

/**
 * An alliance administrator's first morning, in a real browser: add a partner, set up a service on the
 * pathway, then add a person and find them. Every page passes the accessibility check.
 */
@BridgewayTest
class SetUpJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired TestAlliances alliances;
  @Autowired TestAccounts accounts;

  @Test
  void anAdministratorSetsUpAServiceThenAddsAPersonAndFindsThem() {
    SignIn admin = accounts.open(alliances.create(), Role.ADMIN);
    browser.on(port).desktop();
    browser.signIn(admin.username(), admin.password());

    browser.follow("Alliance set-up");
    browser.follow("Partner organisations");
    browser.follow("Add an organisation");
    browser.fillIn("name", "Thames Reach");
    browser.choose("sector", "Voluntary sector");
    browser.press("Add organisation");
    assertThat(browser.text()).contains("Thames Reach");

    browser.open("/admin/services");
    browser.follow("Add a service");
    browser.choose("organisationId", "Thames Reach");
    browser.fillIn("name", "Brixton staffed flats");
    browser.choose("kind", "5. 24/7 staffed flats");
    browser.fillIn("capacity", "9");
    browser.choose("capacityUnit", "flats");
    browser.fillIn("weeklyCost", "600");
    browser.press("Add service");
    assertThat(browser.text()).contains("Brixton staffed flats", "£600.00");
    browser.open("/admin/services");
    assertThat(browser.text()).contains("Level 5: 24/7 staffed flats", "Brixton staffed flats", "9 flats");

    browser.follow("People");
    browser.follow("Add a person");
    browser.fillIn("givenName", "Winston");
    browser.fillIn("familyName", "Campbell");
    browser.fillIn("dateOfBirthDay", "3");
    browser.fillIn("dateOfBirthMonth", "9");
    browser.fillIn("dateOfBirthYear", "1962");
    browser.fillIn("nhsNumber", "401 023 2137");
    browser.press("Add person");
    assertThat(browser.heading()).isEqualTo("Winston Campbell");

    browser.open("/people");
    browser.fillIn("q", "4010232137");
    browser.press("Search");
    assertThat(browser.textOf("caption")).isEqualTo("1 person found");
    assertThat(browser.textOf("tbody")).contains("Winston Campbell", "3 September 1962");
  }
}
