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
 * A manager opens the charts from the Alliance hub and goes through each, changing the figure, the span and the
 * period. Six people were admitted to the rehabilitation ward on the 10th day of the last full quarter and moved
 * to Acre Lane, supported living, 20 days later: 6 admissions in that quarter, and in the flow 6 moves down the
 * ladder from the ward to supported living. Every page passes axe.
 */
@BridgewayTest
class ChartsJourneyTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired TestAccounts accounts;

  @Test
  void aManagerGoesThroughEveryChart() {
    Scene.Alliance alliance = scene.create();
    UUID ward = service(alliance, "Rehabilitation ward", ServiceKind.INPATIENT_REHABILITATION);
    UUID acre = service(alliance, "Acre Lane", ServiceKind.SUPPORTED_LIVING);
    Period quarter = Period.lastFullQuarter(scene.today());
    LocalDate in = quarter.start().plusDays(9);
    for (int i = 0; i < 6; i++) {
      UUID person = alliance.person();
      stays.record(alliance.admin, person, new NewStay(ward, in, null, null, in.plusDays(20), EndReason.MOVED_ON,
          null));
      stays.record(alliance.admin, person, new NewStay(acre, in.plusDays(20), null, null));
    }
    SignIn manager = accounts.open(alliance.test, Role.MANAGER);

    browser.on(port).desktop();
    browser.signIn(manager.username(), manager.password());
    browser.open("/hub/alliance");
    browser.follow("Charts of the alliance figures");
    assertThat(browser.heading()).isEqualTo("Charts of the alliance figures");

    browser.follow("A figure over time");
    assertThat(browser.textOf("#chosen")).contains("Residential placements in use", "the last 8 quarters");
    browser.choose("figure", "Admissions to inpatient rehabilitation");
    browser.choose("span", "The last 12 quarters");
    browser.press("Show the chart");
    assertThat(browser.textOf("#chosen")).contains("Admissions to inpatient rehabilitation", "the last 12 quarters");
    assertThat(browser.rowOf("#points", quarter.text())).endsWith("6");

    browser.open("/figures/charts/occupancy");
    browser.choose("span", "The last 12 months");
    browser.press("Show the chart");
    assertThat(browser.textOf("#chosen")).contains("The last 12 months");

    browser.open("/figures/charts/flow");
    assertThat(browser.textOf("#chosen")).isEqualTo(quarter.text());
    assertThat(browser.textOf("#flows")).contains("Inpatient rehabilitation ward Supported living Down the ladder 6");
    browser.choose("period", quarter.yearEarlier().text());
    browser.press("Show the chart");
    assertThat(browser.textOf("#chosen")).isEqualTo(quarter.yearEarlier().text());

    browser.open("/figures/charts/waiting");
    browser.choose("span", "The last 24 months");
    browser.press("Show the chart");
    assertThat(browser.textOf("#waits")).contains("To decision: median");

    browser.open("/figures/charts/spend");
    assertThat(browser.textOf("#no-budget")).contains("No budget is set");
  }

  UUID service(Scene.Alliance alliance, String name, ServiceKind kind) {
    return services.add(alliance.admin, new ServiceDetails(alliance.ours, name, kind, false, null, null, null, null,
        null, null, false, false, false, null, null, null, null));
  }
}
