package org.bridgeway.dayservices.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAccounts.SignIn;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.browser.Browser;
import org.bridgeway.careteam.Scene;
import org.bridgeway.dayservices.DayServiceRegistrations;
import org.bridgeway.dayservices.DayServices;
import org.bridgeway.dayservices.NewSession;
import org.bridgeway.dayservices.Repeat;
import org.bridgeway.dayservices.SessionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A practitioner of the organisation that runs a drop-in takes today's register on a phone-sized screen: ticks
 * Sam, counts 7 visitors, saves, and sees Sam's attendance on Sam's activities page. Every page passes axe.
 */
@BridgewayTest
class RegisterJourneyTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired DayServices dayServices;
  @Autowired DayServiceRegistrations registrations;
  @Autowired TestAccounts accounts;

  @Test
  void aPractitionerTakesARegisterOnAPhone() {
    Scene.Alliance alliance = scene.create();
    UUID hub = services.add(alliance.admin, new ServiceDetails(alliance.ours, "Brixton drop-in", ServiceKind.DROP_IN,
        false, null, null, null, null, null, null, false, true, false, null, null, null, null));
    UUID session = dayServices.addSession(alliance.admin, hub, new NewSession(null, SessionKind.DROP_IN,
        "Evening drop-in", "Main hall", "Peer workers", null, true, scene.today().minusDays(7), LocalTime.of(18, 0),
        LocalTime.of(21, 0), Repeat.WEEKLY, EnumSet.allOf(DayOfWeek.class), scene.today().plusMonths(3)));
    UUID sam = alliance.person();
    alliance.allocate(sam, alliance.ourService, "ALLOCATED", null);
    registrations.registerPerson(alliance.admin, hub, sam, scene.today().minusDays(7));
    SignIn practitioner = accounts.open(alliance.test, Role.PRACTITIONER, alliance.staff(alliance.ours, "Ola"));

    browser.on(port).phone(375, 740);
    browser.signIn(practitioner.username(), practitioner.password());
    browser.open("/day-services");
    assertThat(browser.heading()).isEqualTo("Day services");
    browser.checkAccessibility();
    browser.follow("Brixton drop-in");
    assertThat(browser.heading()).isEqualTo("Brixton drop-in");
    assertThat(browser.text()).contains("Evening drop-in", "Figures for the whole service, not only your caseload.");
    assertThat(browser.textOf(".nhsuk-summary-list__row:first-child .nhsuk-summary-list__value strong"))
        .isEqualTo("1");
    browser.checkAccessibility();
    browser.open("/day-services/" + hub + "/sessions/" + session + "/" + scene.today() + "/register");
    assertThat(browser.heading()).isEqualTo("Evening drop-in: register");
    assertThat(browser.scrollsSideways()).isFalse();
    browser.checkAccessibility();
    browser.tick("Sam Okafor");
    browser.fillIn("headCount", "7");
    browser.press("Save the register");
    assertThat(browser.text()).contains("Register saved: 1 marked present",
        "1 of 1 registered people marked present, and a head count of 7 other visitors.");
    browser.checkAccessibility();

    browser.open("/people/" + sam + "/activities");
    assertThat(browser.heading()).isEqualTo("What they attend");
    assertThat(browser.text()).contains("Brixton drop-in", "Evening drop-in", "Present");
    browser.checkAccessibility();
  }
}
