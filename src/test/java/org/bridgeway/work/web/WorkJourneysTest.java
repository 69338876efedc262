package org.bridgeway.work.web;

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
import org.bridgeway.work.EmploymentTeams;
import org.bridgeway.work.PersonWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Work in a real browser: a job start with negative pay refused beside its field, then recorded with the status
 * it brings shown on the person's work page; a fidelity review recorded, a second one with a score missing
 * refused, then recorded and compared with the first. Every page passes the accessibility check.
 */
@BridgewayTest
class WorkJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired TestAccounts accounts;
  @Autowired EmploymentTeams teams;
  @Autowired PersonWork work;

  Scene.Alliance leeds;
  UUID sam;
  UUID team;

  @BeforeEach
  void setUp() {
    leeds = scene.create();
    sam = leeds.person();
    team = services.add(leeds.admin, new ServiceDetails(leeds.ours, "City employment team",
        ServiceKind.EMPLOYMENT_TEAM, false, null, null, null, null, null, null, false, false, false, null, null, null,
        null));
    UUID specialist = leeds.staff(leeds.ours, "Priya");
    teams.allocate(leeds.admin, team, sam, specialist, work.today().minusMonths(2));
    SignIn admin = accounts.open(leeds.test, Role.ADMIN);
    browser.on(port).desktop();
    browser.signIn(admin.username(), admin.password());
  }

  @Test
  void aJobStartAndItsStatusShowOnThePersonsWorkPage() {
    browser.open("/people/" + sam);
    browser.follow("Work, learning and volunteering");
    assertThat(browser.textOf("#current-status")).isEqualTo("Not recorded");

    browser.fillIn("employer", "Leeds Kirkgate Market");
    browser.fillIn("role", "Stall assistant");
    browser.fillIn("jobHours", "16");
    browser.fillIn("hourlyPay", "-3");
    browser.press("Record the job start");
    assertThat(browser.textOf("#hourlyPay-error")).contains("Pay cannot be negative");

    browser.fillIn("hourlyPay", "12.21");
    browser.press("Record the job start");
    assertThat(browser.text()).contains("Job start recorded");
    assertThat(browser.textOf("tbody")).contains("Stall assistant at Leeds Kirkgate Market", "£12.21 an hour");

    browser.choose("status", "01 Employed");
    browser.press("Record the status");
    assertThat(browser.textOf("#current-status")).isEqualTo("01 Employed");

    browser.open("/work/teams/" + team);
    assertThat(browser.textOf("tbody")).contains("01 Employed", "Stall assistant at Leeds Kirkgate Market");
  }

  @Test
  void aFidelityReviewIsRecordedAndComparedWithTheLastOne() {
    review("3", "4", "1", "2025");
    assertThat(browser.text()).contains("Fidelity review recorded");
    browser.follow("Record a fidelity review");
    browser.fillIn("dateYear", "2026");
    browser.fillIn("reviewers", "Ana Lee, Bo Chan");
    for (int i = 1; i <= 24; i++) {
      browser.choose("item" + i, "4");
    }
    browser.press("Record the review");
    assertThat(browser.textOf("#item25-error")).contains("Score assertive engagement and outreach from 1 to 5");

    browser.choose("item25", "4");
    browser.press("Record the review");
    assertThat(browser.text()).contains("100", "Good fidelity", "75", "Fair fidelity");

    assertThat(browser.text()).contains("Compare the review of");
    var reviews = teams.reviews(leeds.admin, team);
    browser.open("/work/teams/" + team + "/reviews/compare?earlier=" + reviews.get(1).id() + "&later="
        + reviews.get(0).id());
    assertThat(browser.heading()).isEqualTo("Compare fidelity reviews");
    assertThat(browser.rowOf("table", "1. Caseload size")).contains("3", "4", "+1");
    assertThat(browser.text()).contains("a change of 25");
  }

  void review(String score, String day, String month, String year) {
    browser.open("/work/teams/" + team + "/reviews/new");
    browser.fillIn("dateDay", day);
    browser.fillIn("dateMonth", month);
    browser.fillIn("dateYear", year);
    browser.fillIn("reviewers", "Ana Lee");
    for (int i = 1; i <= 25; i++) {
      browser.choose("item" + i, score);
    }
    browser.press("Record the review");
  }
}
