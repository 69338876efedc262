package org.bridgeway.figures.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAccounts.SignIn;
import org.bridgeway.access.Caller;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.browser.Browser;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator asks for April to June 2025 on the dashboard, follows the value of the admissions to
 * inpatient rehabilitation (3 people entered the ward on 1 May 2025) to the records behind it, sees the three
 * stays, and follows one to the person's record. Commissioners get no links and are refused the records (403).
 * Every page passes axe.
 */
@BridgewayTest
class FigureRecordsJourneyTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired TestAccounts accounts;

  @Test
  void fromAFigureToTheRecordsBehindItAndOnToAPersonsRecord() {
    Scene.Alliance alliance = scene.create();
    UUID ward = ward(alliance);
    SignIn admin = accounts.open(alliance.test, Role.ADMIN);

    browser.on(port).desktop();
    browser.signIn(admin.username(), admin.password());
    browser.open("/figures");
    browser.expand("Choose the period and services");
    String[][] dates = {{"start", "1", "4", "2025"}, {"end", "30", "6", "2025"}};
    for (String[] date : dates) {
      browser.fillIn(date[0] + "Day", date[1]);
      browser.fillIn(date[0] + "Month", date[2]);
      browser.fillIn(date[0] + "Year", date[3]);
    }
    browser.press("Show the figures");
    assertThat(browser.textOf("#figure-rehab-admissions")).contains("3");
    browser.checkAccessibility();

    browser.follow("3");
    assertThat(browser.heading()).isEqualTo("Admissions to inpatient rehabilitation");
    assertThat(browser.textOf("#period")).contains("1 April 2025 to 30 June 2025");
    assertThat(browser.textOf("#count")).startsWith("3 records make up the figure");
    assertThat(browser.textOf("#records")).contains("Rehabilitation ward", "1 May 2025", "1 June 2025",
        "Returned home", "Sam Okafor");
    browser.checkAccessibility();

    browser.follow("Sam Okafor");
    assertThat(browser.path()).startsWith("/people/");
    assertThat(browser.text()).contains("Okafor");
    browser.checkAccessibility();
    assertThat(ward).isNotNull();
  }

  @Test
  void commissionersSeeNoLinksAndAreRefusedTheRecords() {
    Scene.Alliance alliance = scene.create();
    ward(alliance);
    Caller commissioner = Caller.signedIn(port, accounts.open(alliance.test, Role.COMMISSIONER));
    String dashboard = commissioner.call("GET", "/figures?startDay=1&startMonth=4&startYear=2025&endDay=30"
        + "&endMonth=6&endYear=2025", false).body();
    assertThat(dashboard).contains("Admissions to inpatient rehabilitation").doesNotContain("/records");
    assertThat(commissioner.call("GET", "/figures/rehab-admissions/records", false).statusCode()).isEqualTo(403);
    Caller practitioner = Caller.signedIn(port, accounts.open(alliance.test, Role.PRACTITIONER));
    assertThat(practitioner.call("GET", "/figures/rehab-admissions/records", false).statusCode()).isEqualTo(403);
    Caller manager = Caller.signedIn(port, accounts.open(alliance.test, Role.MANAGER));
    assertThat(manager.call("GET", "/figures/rehab-admissions/records?startDay=1&startMonth=4&startYear=2025"
        + "&endDay=30&endMonth=6&endYear=2025", false).body()).contains("3 records make up the figure");
    assertThat(manager.call("GET", "/figures/no-such-figure/records", false).statusCode()).isEqualTo(404);
  }

  UUID ward(Scene.Alliance alliance) {
    UUID ward = services.add(alliance.admin, new ServiceDetails(alliance.ours, "Rehabilitation ward",
        ServiceKind.INPATIENT_REHABILITATION, false, null, null, null, null, null, null, false, false, false, null,
        null, null, null));
    for (int i = 0; i < 3; i++) {
      stays.record(alliance.admin, alliance.person(), new NewStay(ward, LocalDate.of(2025, 5, 1), null, null,
          LocalDate.of(2025, 6, 1), EndReason.RETURNED_HOME, "Their own flat"));
    }
    return ward;
  }
}
