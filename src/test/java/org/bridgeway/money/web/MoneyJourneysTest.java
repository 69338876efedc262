package org.bridgeway.money.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
import org.bridgeway.money.AllianceBudgets;
import org.bridgeway.money.BudgetDetails;
import org.bridgeway.money.Funder;
import org.bridgeway.money.NewRate;
import org.bridgeway.money.Rates;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager sets a new weekly rate from a date, is refused one that overlaps it, and reads the year's budget
 * with its chart and the move that saved money; a commissioner reads the same budget's totals but no names. Every
 * page passes axe.
 */
@BridgewayTest
class MoneyJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired Rates rates;
  @Autowired AllianceBudgets budgets;
  @Autowired TestAccounts accounts;

  @Test
  void aManagerChangesARateAndReadsTheBudgetAndACommissionerSeesTotalsOnly() {
    Scene.Alliance lambeth = scene.create();
    UUID home = service(lambeth, "Juniper House", ServiceKind.RESIDENTIAL_CARE);
    UUID flats = service(lambeth, "Rowan flats", ServiceKind.STAFFED_FLATS);
    int year = AllianceBudgets.yearOf(scene.today()) - 1;
    rates.setServiceRate(lambeth.admin, home, new NewRate(LocalDate.of(year - 1, 4, 1), null, 100000, null));
    rates.setServiceRate(lambeth.admin, flats, new NewRate(LocalDate.of(year - 1, 4, 1), null, 70000, null));
    UUID sam = lambeth.person();
    stays.record(lambeth.admin, sam, new NewStay(home, LocalDate.of(year, 4, 1), null, null,
        LocalDate.of(year, 7, 1), EndReason.MOVED_ON, null));
    stays.record(lambeth.admin, sam, new NewStay(flats, LocalDate.of(year, 7, 1), null, null));
    budgets.set(lambeth.admin, year, new BudgetDetails(5_000_000, 2300));
    budgets.setFunder(lambeth.admin, year, new Funder("Adult social care", 5_000_000));
    SignIn manager = accounts.open(lambeth.test, Role.MANAGER);

    browser.on(port).desktop();
    browser.signIn(manager.username(), manager.password());
    browser.follow("Money");
    browser.follow("Weekly rates");
    assertThat(browser.heading()).isEqualTo("Weekly rates");
    browser.checkAccessibility();
    browser.follow("Rowan flats");
    browser.fillIn("weekly", "735.50");
    browser.fillIn("fromDay", "1");
    browser.fillIn("fromMonth", "4");
    browser.fillIn("fromYear", String.valueOf(year + 1));
    browser.press("Save the rate");
    assertThat(browser.text()).contains("New rate for Rowan flats saved");
    assertThat(browser.textOf("#history")).contains("£735.50", "£700.00", "to 31 March " + (year + 1));
    browser.checkAccessibility();

    browser.fillIn("weekly", "-5");
    browser.fillIn("fromDay", "1");
    browser.fillIn("fromMonth", "1");
    browser.fillIn("fromYear", String.valueOf(year + 1));
    browser.press("Save the rate");
    assertThat(browser.text()).contains("The weekly rate cannot be negative");
    browser.fillIn("weekly", "800");
    browser.fillIn("toDay", "30");
    browser.fillIn("toMonth", "6");
    browser.fillIn("toYear", String.valueOf(year + 1));
    browser.press("Save the rate");
    assertThat(browser.text()).contains("covers some of the same days. Rates of a service cannot overlap");
    browser.checkAccessibility();

    browser.follow("Back to all rates");
    browser.follow("Back to money");
    assertThat(browser.heading()).isEqualTo("Money");
    browser.checkAccessibility();
    browser.follow("1 April " + year + " to 31 March " + (year + 1));
    assertThat(browser.heading()).isEqualTo("Alliance budget " + year + " to " + (year + 1));
    assertThat(browser.textOf("#funders")).contains("Adult social care", "£50,000.00");
    assertThat(browser.textOf("#months")).contains("April " + year, "Actual");
    // (£1,000 - £700) x 52 = £15,600.00 a year
    assertThat(browser.textOf("#moves")).contains("Juniper House", "Rowan flats", "£15,600.00");
    assertThat(browser.source()).contains("/money/budget/" + year + "/chart.svg", "alt=\"Chart of the cost of care");
    browser.checkAccessibility();

    SignIn commissioner = accounts.open(lambeth.test, Role.COMMISSIONER);
    browser.open("/money");
    browser.press("Sign out");
    browser.signIn(commissioner.username(), commissioner.password());
    browser.open("/money/budget/" + year);
    assertThat(browser.textOf("#summary")).contains("£50,000.00");
    assertThat(browser.textOf("#moves-total")).contains("fewer than 5").doesNotContain("15,600");
    assertThat(browser.text()).doesNotContain("Samuel").doesNotContain("Okafor").doesNotContain("Juniper House");
    browser.checkAccessibility();
    browser.open("/money/rates");
    assertThat(browser.status()).isEqualTo(403);
  }

  UUID service(Scene.Alliance alliance, String name, ServiceKind kind) {
    return services.add(alliance.admin, new ServiceDetails(alliance.ours, name, kind, false, 10, CapacityUnit.PLACES,
        null, null, null, null, false, false, false, null, null, null, null));
  }
}
