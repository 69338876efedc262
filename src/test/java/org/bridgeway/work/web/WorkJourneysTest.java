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
import org.bridgeway.alliance.Staff;
import org.bridgeway.work.EmploymentCaseloads;
import org.bridgeway.work.EmploymentCaseloadsTest;
import org.bridgeway.work.EmploymentStatus;
import org.bridgeway.work.EmploymentTeams;
import org.bridgeway.work.NewAllocation;
import org.bridgeway.work.NewVocationalStatus;
import org.bridgeway.work.PersonWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Work in a real browser: a job start with negative pay refused beside its field, then recorded with the status
 * it brings shown on the person's work page; a fidelity review recorded, a second one with a score missing
 * refused, then recorded and compared with the first; a person allocated to an employment specialist, seen on
 * the specialist's caseload and their allocation ended with a reason; a status changed from a stale page refused
 * with a message, then voided and shown struck through. Every page passes the accessibility check.
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
  @Autowired EmploymentCaseloads caseloads;
  @Autowired Staff staff;

  Scene.Alliance leeds;
  UUID sam;
  UUID team;
  UUID specialist;

  @BeforeEach
  void setUp() {
    leeds = scene.create();
    sam = leeds.person();
    team = services.add(leeds.admin, new ServiceDetails(leeds.ours, "City employment team",
        ServiceKind.EMPLOYMENT_TEAM, false, null, null, null, null, null, null, false, false, false, null, null, null,
        null));
    specialist = EmploymentCaseloadsTest.specialist(staff, leeds, "Priya", null);
    caseloads.allocate(leeds.admin, team, sam, new NewAllocation(specialist, work.today().minusMonths(2)));
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

  @Test
  void aPersonIsAllocatedToAnEmploymentSpecialistAndTheAllocationEnded() {
    UUID rose = leeds.person();
    EmploymentCaseloadsTest.specialist(staff, leeds, "Bo", null);
    String start = "" + work.today().minusDays(7).getDayOfMonth();
    browser.open("/people/" + rose + "/work");
    browser.follow("Employment specialist: allocate or end");
    assertThat(browser.text()).contains("They have not been on an employment specialist's caseload.");

    browser.press("Allocate");
    assertThat(browser.textOf("#specialistId-error")).contains("Select the employment specialist");

    browser.choose("specialistId", "Priya Adeyemi");
    browser.fillIn("startDateDay", start);
    browser.fillIn("startDateMonth", "" + work.today().minusDays(7).getMonthValue());
    browser.fillIn("startDateYear", "" + work.today().minusDays(7).getYear());
    browser.press("Allocate");
    assertThat(browser.text()).contains("Allocated to the employment specialist");
    assertThat(browser.rowOf("#allocations", "City employment team")).contains("Priya Adeyemi", "Goes on");

    browser.open("/work/teams/" + team);
    browser.follow("Priya Adeyemi");
    assertThat(browser.heading()).isEqualTo("Caseload of Priya Adeyemi");
    assertThat(browser.textOf("#caseload")).contains("Sam Okafor", "Not recorded");

    browser.open("/people/" + rose + "/work/allocations");
    browser.follow("End the allocation to Priya Adeyemi");
    browser.fillIn("endDateDay", "" + work.today().minusDays(8).getDayOfMonth());
    browser.fillIn("endDateMonth", "" + work.today().minusDays(8).getMonthValue());
    browser.fillIn("endDateYear", "" + work.today().minusDays(8).getYear());
    browser.fillIn("reason", "Moved away");
    browser.press("End the allocation");
    assertThat(browser.textOf("#endDate-error")).contains("The allocation cannot end before it started");

    browser.fillIn("endDateDay", "" + work.today().getDayOfMonth());
    browser.fillIn("endDateMonth", "" + work.today().getMonthValue());
    browser.fillIn("endDateYear", "" + work.today().getYear());
    browser.press("End the allocation");
    assertThat(browser.text()).contains("Allocation ended");
    assertThat(browser.rowOf("#allocations", "City employment team")).contains("Moved away");
  }

  @Test
  void aStaleStatusChangeIsRefusedAndAVoidedStatusIsStruckThrough() {
    UUID status = work.recordStatus(leeds.admin, sam, new NewVocationalStatus(work.today().minusDays(3),
        EmploymentStatus.SEEKING_WORK, false, false, false, null, null));
    browser.open("/people/" + sam + "/work/statuses/" + status);
    work.changeStatus(leeds.admin, sam, status, 0, new NewVocationalStatus(work.today().minusDays(3),
        EmploymentStatus.EMPLOYED, false, false, false, null, null));

    browser.choose("status", "03 Student");
    browser.press("Save the change");
    assertThat(browser.textOf("#conflict")).contains("Someone else changed this status");
    assertThat(browser.valueOf("status")).isEqualTo("EMPLOYED");

    browser.press("Void the status");
    assertThat(browser.textOf("#voidReason-error")).contains("Enter why the status is being voided");
    browser.fillIn("voidReason", "Recorded in error");
    browser.press("Void the status");
    assertThat(browser.text()).contains("Status voided");
    assertThat(browser.textOf("#status-" + status)).contains("Voided", "Recorded in error");
    assertThat(browser.textOf("#current-status")).isEqualTo("Not recorded");
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
