package org.bridgeway.money.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.NewAccount;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.browser.Browser;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.Scene;
import org.bridgeway.careteam.TeamRole;
import org.bridgeway.money.NewRate;
import org.bridgeway.money.PersonalBudgets;
import org.bridgeway.money.Rates;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager on the person's team adds an individual package rate to their stay and is refused one that overlaps
 * it, then adds a personal budget, records a spend and sees the balance and forecast; the person sees their own
 * budget; a commissioner is refused the person's package rates. Every page passes axe.
 */
@BridgewayTest
class PersonalMoneyJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired Rates rates;
  @Autowired PersonalBudgets budgets;
  @Autowired CareTeams careTeams;
  @Autowired Accounts accounts;

  @Test
  void aManagerAddsAPackageRateAndABudgetSpendAndSeesTheBalance() {
    Scene.Alliance lambeth = scene.create();
    LocalDate today = scene.today();
    UUID home = services.add(lambeth.admin, new ServiceDetails(lambeth.ours, "Juniper House",
        ServiceKind.RESIDENTIAL_CARE, false, 10, CapacityUnit.PLACES, null, null, null, null, false, false, false,
        null, null, null, null));
    rates.setServiceRate(lambeth.admin, home, new NewRate(today.minusYears(2), null, 100_000, null));
    UUID sam = lambeth.person();
    stays.record(lambeth.admin, sam, new NewStay(home, today.minusDays(60), null, null));
    UUID staff = lambeth.staff(lambeth.ours, "Dee");
    careTeams.add(lambeth.admin, sam, new NewMember(staff, TeamRole.SUPPORT_WORKER, false, today.minusDays(90)));
    CurrentUser manager = lambeth.user(Role.MANAGER, staff);

    browser.on(port).desktop();
    browser.signIn(manager.username(), Scene.PASSWORD);
    browser.open("/people/" + sam);
    browser.follow("package rates");
    assertThat(browser.heading()).isEqualTo("Package rates");
    assertThat(browser.textOf("#stays")).contains("Juniper House", "£1,000.00", "None");
    browser.checkAccessibility();
    browser.follow("Juniper House");
    LocalDate from = today.minusDays(30);
    browser.fillIn("weekly", "1,250.00");
    date("from", from);
    browser.fillIn("reason", "Waking night support after a fall");
    browser.press("Add the package rate");
    assertThat(browser.text()).contains("Package rate added");
    assertThat(browser.textOf("#packages")).contains("£1,250.00", "Waking night support after a fall");
    browser.checkAccessibility();

    browser.fillIn("weekly", "900");
    date("from", today.minusDays(40));
    date("to", today.minusDays(20));
    browser.fillIn("reason", "Overlapping");
    browser.press("Add the package rate");
    assertThat(browser.text()).contains("covers some of the same days. Packages of a stay cannot overlap");
    browser.checkAccessibility();

    browser.open("/people/" + sam);
    browser.follow("Personal budget");
    assertThat(browser.heading()).isEqualTo("Personal budget");
    assertThat(browser.text()).contains("No personal budget is recorded.");
    browser.checkAccessibility();
    browser.follow("Add a personal budget");
    browser.choose("kind", "Direct payment");
    browser.fillIn("amount", "3,650.00");
    date("start", today.minusDays(9));
    date("end", today.minusDays(10));
    browser.press("Add the budget");
    assertThat(browser.text()).contains("The period cannot end before it starts");
    browser.checkAccessibility();
    date("end", today.plusDays(355));
    browser.press("Add the budget");
    assertThat(browser.text()).contains("Personal budget added", "£3,650.00", "10 of 365");

    UUID budget = budgets.of(lambeth.admin, sam).get(0).budget().id();
    browser.open("/people/" + sam + "/budget/" + budget + "/spends/new");
    browser.checkAccessibility();
    date("spentOn", today.minusDays(20));
    browser.choose("category", "Transport");
    browser.fillIn("amount", "37.50");
    browser.press("Record the spend");
    assertThat(browser.text()).contains("is outside it");
    date("spentOn", today.minusDays(1));
    browser.press("Record the spend");
    // £3,650.00 - £37.50 = £3,612.50. Forecast 3,750p x 365 / 10 days gone = 136,875p = £1,368.75,
    // leaving £2,281.25 at the end.
    assertThat(browser.text()).contains("Spend recorded", "£3,612.50", "£1,368.75", "£2,281.25");
    assertThat(browser.textOf("#spends-0")).contains("Transport", "£37.50");
    browser.checkAccessibility();

    String username = lambeth.test.shortName() + "-sam-" + UUID.randomUUID().toString().substring(0, 6);
    accounts.open(new NewAccount(username, Scene.PASSWORD, "Sam Okafor", Role.PERSON, lambeth.test.id(), null, sam));
    browser.open("/");
    browser.press("Sign out");
    browser.signIn(username, Scene.PASSWORD);
    browser.open("/me");
    browser.follow("My personal budget");
    assertThat(browser.heading()).isEqualTo("My personal budget");
    assertThat(browser.text()).contains("£3,612.50", "Transport").doesNotContain("Record a spend");
    browser.checkAccessibility();

    CurrentUser commissioner = lambeth.user(Role.COMMISSIONER, null);
    browser.open("/me");
    browser.press("Sign out");
    browser.signIn(commissioner.username(), Scene.PASSWORD);
    browser.open("/people/" + sam + "/money");
    assertThat(browser.status()).isEqualTo(403);
    assertThat(browser.text()).doesNotContain("£1,250.00");
  }

  private static void date(String name, LocalDate day) {
    browser.fillIn(name + "Day", String.valueOf(day.getDayOfMonth()));
    browser.fillIn(name + "Month", String.valueOf(day.getMonthValue()));
    browser.fillIn(name + "Year", String.valueOf(day.getYear()));
  }
}
