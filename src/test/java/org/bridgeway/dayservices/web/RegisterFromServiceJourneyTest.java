package org.bridgeway.dayservices.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.bridgeway.dayservices.Registration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A drop-in worker with no relationship to Sam finds Sam from the service page by name and registers Sam; a second
 * registration is refused with a message beside the choice; the worker then opens what Sam attends (the
 * registration lets them) and ends the registration with a reason. The alliance's figures page says what each
 * figure counts. Every page passes axe.
 */
@BridgewayTest
class RegisterFromServiceJourneyTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired DayServices dayServices;
  @Autowired DayServiceRegistrations registrations;
  @Autowired TestAccounts accounts;

  @Test
  void aWorkerRegistersSomeoneFromTheServicePageAndLaterEndsTheRegistration() {
    Scene.Alliance alliance = scene.create();
    UUID hub = services.add(alliance.admin, new ServiceDetails(alliance.ours, "Brixton drop-in", ServiceKind.DROP_IN,
        false, null, null, null, null, null, null, false, true, false, null, null, null, null));
    UUID sam = alliance.person();
    SignIn worker = accounts.open(alliance.test, Role.PRACTITIONER, alliance.staff(alliance.ours, "Ola"));

    browser.on(port).desktop();
    browser.signIn(worker.username(), worker.password());
    browser.open("/people/" + sam + "/activities");
    assertThat(browser.status()).isEqualTo(403);

    browser.open("/day-services/" + hub);
    browser.follow("Register someone");
    assertThat(browser.heading()).isEqualTo("Register someone");
    browser.checkAccessibility();
    browser.fillIn("q", "Okafor");
    browser.press("Search");
    assertThat(browser.text()).contains("1 person found", "Born 27 March 1980");
    browser.checkAccessibility();
    browser.tick("Sam Okafor");
    browser.press("Register");
    assertThat(browser.heading()).isEqualTo("Brixton drop-in");
    assertThat(browser.text()).contains("Registered with Brixton drop-in from");
    assertThat(browser.rowOf("table", "Sam Okafor")).contains("No");
    browser.checkAccessibility();

    browser.follow("Register someone");
    browser.fillIn("q", "Sam Okafor");
    browser.press("Search");
    browser.tick("Sam Okafor");
    browser.press("Register");
    assertThat(browser.text()).contains("There is a problem", "Sam Okafor is already registered with Brixton drop-in"
        + " (since ", "End that registration before registering them again.");
    assertThat(browser.textOf("#personId-error")).contains("already registered");
    browser.checkAccessibility();

    browser.open("/day-services/" + hub);
    browser.follow("Sam Okafor");
    assertThat(browser.heading()).isEqualTo("What they attend");
    Registration registration = registrations.registrationsOf(alliance.admin, sam).get(0);
    browser.expand("End this registration with Brixton drop-in");
    browser.fillIn("endReason-" + registration.id(), "Now goes to a college course");
    browser.fillIn("endDateDay-" + registration.id(), String.valueOf(scene.today().getDayOfMonth()));
    browser.fillIn("endDateMonth-" + registration.id(), String.valueOf(scene.today().getMonthValue()));
    browser.fillIn("endDateYear-" + registration.id(), String.valueOf(scene.today().getYear()));
    browser.press("End registration");
    // The registration was Ola's only tie to Sam: the service page, not Sam's record, comes next.
    assertThat(browser.heading()).isEqualTo("Brixton drop-in");
    assertThat(browser.text()).contains("Registration ended: Sam Okafor is no longer registered with Brixton drop-in");
    assertThat(browser.text()).doesNotContain("Registered since");
    browser.checkAccessibility();
    browser.open("/people/" + sam + "/activities");
    assertThat(browser.status()).isEqualTo(403);
    assertThat(registrations.registrationsOf(alliance.admin, sam).get(0).endReason())
        .isEqualTo("Now goes to a college course");

    browser.open("/day-services/figures");
    assertThat(browser.heading()).isEqualTo("Day services: who they reach");
    assertThat(browser.text()).contains("Registered today", "Regular attenders", "Using two or more services",
        "in at least 4 of the last 8 weeks", "Brixton drop-in");
    browser.checkAccessibility();
  }
}
