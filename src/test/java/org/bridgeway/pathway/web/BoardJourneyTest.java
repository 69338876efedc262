package org.bridgeway.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAccounts.SignIn;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.browser.Browser;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.MovePlanRows;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager opens the capacity board from the menu, narrows it to residential care and sees Juniper House
 * over capacity with a delayed move, then the lengths of stay with its overdue stays. Every page passes axe.
 * Juniper House has 2 beds, intended at most 20 days, and three people since 30 days ago: occupied 3, 1 over
 * capacity; each has covered 31 days, 11 over. Someone has been ready to move in for 5 days: delayed 5 days.
 */
@BridgewayTest
class BoardJourneyTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired MovePlanRows plans;
  @Autowired TestAccounts accounts;

  @Test
  void aManagerSeesWhereThePathwayIsStuckAndWhichStaysAreOverdue() {
    Scene.Alliance lambeth = scene.create();
    UUID juniper = services.add(lambeth.admin, new ServiceDetails(lambeth.ours, "Juniper House",
        ServiceKind.RESIDENTIAL_CARE, false, 2, CapacityUnit.BEDS, null, null, 20, null, false, false, false, null,
        null, null, null));
    for (String reason : new String[] {null, null, "Agreed at the panel"}) {
      stays.record(lambeth.admin, lambeth.person(), new NewStay(juniper, scene.today().minusDays(30), null, reason));
    }
    plans.plan(lambeth.test.id(), lambeth.person(), null, juniper, null, scene.today().minusDays(5));
    SignIn manager = accounts.open(lambeth.test, Role.MANAGER);

    browser.on(port).desktop();
    browser.signIn(manager.username(), manager.password());
    browser.follow("Pathway");
    browser.follow("Capacity board");
    assertThat(browser.heading()).isEqualTo("Capacity board");
    assertThat(browser.textOf("#board tbody")).contains("Juniper House", "1 over capacity", "5 days");
    browser.expand("Choose the day and services");
    browser.choose("kind", "Residential care");
    browser.press("Show the board");
    assertThat(browser.textOf("#board tfoot")).contains("Total of the services shown");
    assertThat(browser.textOf("#board tbody")).doesNotContain("Recovery house");
    assertThat(browser.text()).contains("1 other person you cannot open is ready to move.");

    browser.follow("Pathway");
    browser.follow("Lengths of stay");
    assertThat(browser.heading()).isEqualTo("Lengths of stay");
    assertThat(browser.textOf("#overdue-count")).isEqualTo("3 stays are longer than intended, longest overdue first.");
    assertThat(browser.textOf("#overdue tbody")).contains("Juniper House", "31", "11");
    assertThat(browser.textOf("#open tbody")).contains("Juniper House");
    browser.checkAccessibility();
  }
}
