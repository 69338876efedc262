package org.bridgeway.figures.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.bridgeway.figures.Period;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager opens the alliance figures from the menu (the last full quarter against a year earlier), then asks
 * for April to June 2025. Six people entered the rehabilitation ward on 1 May 2025 and left on 1 June 2025 for
 * their own home: 6 admissions and 6 people moved on in that quarter, none in the same quarter of 2024.
 * Every page passes axe.
 */
@BridgewayTest
class FiguresJourneyTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired TestAccounts accounts;

  @Test
  void aManagerReadsTheFiguresAndChangesThePeriod() {
    Scene.Alliance alliance = scene.create();
    UUID ward = services.add(alliance.admin, new ServiceDetails(alliance.ours, "Rehabilitation ward",
        ServiceKind.INPATIENT_REHABILITATION, false, null, null, null, null, null, null, false, false, false, null,
        null, null, null));
    for (int i = 0; i < 6; i++) {
      stays.record(alliance.admin, alliance.person(), new NewStay(ward, LocalDate.of(2025, 5, 1), null, null,
          LocalDate.of(2025, 6, 1), EndReason.RETURNED_HOME, "Their own flat"));
    }
    SignIn manager = accounts.open(alliance.test, Role.MANAGER);

    browser.on(port).desktop();
    browser.signIn(manager.username(), manager.password());
    browser.open("/hub/alliance");
    browser.follow("Alliance figures");
    assertThat(browser.heading()).isEqualTo("Alliance figures");
    Period quarter = Period.lastFullQuarter(scene.today());
    assertThat(browser.textOf("#period")).contains(quarter.text(), quarter.yearEarlier().text());
    assertThat(browser.textOf("#figures")).contains("Residential placements in use", "Stays in inpatient "
        + "rehabilitation wards that start in the period.");
    browser.checkAccessibility();

    browser.expand("Choose the period and services");
    String[][] dates = {{"start", "1", "4", "2025"}, {"end", "30", "6", "2025"}, {"baselineStart", "", "", ""},
        {"baselineEnd", "", "", ""}};
    for (String[] date : dates) {
      browser.fillIn(date[0] + "Day", date[1]);
      browser.fillIn(date[0] + "Month", date[2]);
      browser.fillIn(date[0] + "Year", date[3]);
    }
    browser.press("Show the figures");
    assertThat(browser.textOf("#period")).contains("1 April 2025 to 30 June 2025", "1 April 2024 to 30 June 2024");
    assertThat(browser.textOf("#figure-rehab-admissions")).contains("6", "0", "no baseline", "Up: worse");
    assertThat(browser.textOf("#figure-moved-on")).contains("6", "Up: better");
    browser.checkAccessibility();
  }
}
