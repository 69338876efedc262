package org.bridgeway.health.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAccounts.SignIn;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.NewAccount;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffDetails;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.browser.Browser;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.Scene;
import org.bridgeway.careteam.TeamRole;
import org.bridgeway.health.HealthChecks;
import org.bridgeway.health.NewCheck;
import org.bridgeway.health.Reading;
import org.bridgeway.health.Smoking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A worker sees Sam's health check overdue (his last was a year and a week ago), records this year's, is
 * refused a BMI that cannot be right (300 kg at 150 cm: 300 / 1.5² = 133.3), corrects it (70 kg at 175 cm:
 * 70 / 1.75² = 22.857, shown 22.9), and sees the next check due a year from today and Sam gone from the due
 * list. The worker says the practice nurse, Ruth, did the check, and the check shows her. Sam then reads his
 * check in plain words. Every page passes axe.
 */
@BridgewayTest
class HealthCheckJourneyTest {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired CareTeams careTeams;
  @Autowired HealthChecks checks;
  @Autowired TestAccounts accounts;
  @Autowired Accounts signIns;
  @Autowired Staff staff;

  @Test
  void aWorkerRecordsAHealthCheckAndItIsDueAgainNextYear() {
    Scene.Alliance lambeth = scene.create();
    LocalDate today = scene.today();
    UUID worker = lambeth.staff(lambeth.ours, "Amara");
    UUID sam = lambeth.person();
    careTeams.add(lambeth.admin, sam, new NewMember(worker, TeamRole.SUPPORT_WORKER, true, today.minusYears(2)));
    LocalDate last = today.minusYears(1).minusDays(7);
    checks.record(lambeth.admin, sam, new NewCheck(last, List.of(Reading.alcohol(last, 4, null),
        Reading.glucose(last, new BigDecimal("5.2"), null), Reading.bloodPressure(last, 130, 85),
        Reading.bodySize(last, new BigDecimal("175"), new BigDecimal("72")),
        Reading.lipids(last, new BigDecimal("5.1"), null, null), Reading.smoking(last, Smoking.EX, null)),
        List.of(), null));
    staff.add(lambeth.admin, new StaffDetails(lambeth.ours, null, "Ruth", "Mensah", StaffRole.NURSE,
        "Practice nurse", new BigDecimal("30"), false, today.minusYears(3), null, null));
    SignIn amara = accounts.open(lambeth.test, Role.PRACTITIONER, worker);

    browser.on(port).desktop();
    browser.signIn(amara.username(), amara.password());
    browser.open("/health-checks");
    assertThat(browser.heading()).isEqualTo("Health checks due");
    assertThat(browser.rowOf("table", "Sam Okafor")).contains("Overdue");
    browser.checkAccessibility();

    browser.follow("Sam Okafor");
    assertThat(browser.heading()).isEqualTo("Physical health checks");
    assertThat(browser.text()).contains("Overdue", "BMI 23.5 kg/m²");
    browser.checkAccessibility();
    browser.follow("Record a health check");
    browser.checkAccessibility();
    assertThat(browser.valueOf("carriedOutBy")).isEqualTo(worker.toString());
    browser.choose("carriedOutBy", "Ruth Mensah, Practice nurse");
    browser.fillIn("alcoholUnits", "6");
    browser.fillIn("hba1c", "41");
    browser.fillIn("systolic", "124");
    browser.fillIn("diastolic", "79");
    browser.fillIn("heightCm", "150");
    browser.fillIn("weightKg", "300");
    browser.fillIn("totalCholesterol", "4.6");
    browser.choose("smokingStatus", "Ex-smoker");
    browser.choose("interventionDIET_AND_ACTIVITY", "Accepted");
    browser.press("Save health check");

    assertThat(browser.textOf(".nhsuk-error-summary")).contains(
        "This height and weight give a body mass index of 133.3, outside 10 to 80: check both");
    assertThat(browser.textOf("#weightKg-error")).contains("133.3");
    browser.checkAccessibility();
    assertThat(checks.history(lambeth.admin, sam).checks()).hasSize(1);

    browser.fillIn("heightCm", "175");
    browser.fillIn("weightKg", "70");
    browser.press("Save health check");
    assertThat(browser.heading()).startsWith("Health check, " + DAY.format(today));
    assertThat(browser.textOf(".nhsuk-summary-list")).contains("Carried out by", "Ruth Mensah");
    assertThat(browser.text()).contains("BMI 22.9 kg/m²", "124/79 mmHg", "Advice on diet and physical activity: accepted",
        DAY.format(today.plusYears(1)));
    browser.checkAccessibility();

    browser.open("/health-checks");
    assertThat(browser.text()).doesNotContain("Sam Okafor").contains("No health checks are due.");

    String samUsername = "sam-" + UUID.randomUUID().toString().substring(0, 6);
    signIns.open(new NewAccount(samUsername, TestAccounts.PASSWORD, "Sam Okafor", Role.PERSON, lambeth.test.id(),
        null, sam));
    browser.on(port);
    browser.signIn(samUsername, TestAccounts.PASSWORD);
    browser.open("/me/health");
    assertThat(browser.heading()).isEqualTo("My health checks");
    assertThat(browser.text()).contains("Your last check was on " + DAY.format(today),
        "Your next check is due on " + DAY.format(today.plusYears(1)), "BMI 22.9");
    browser.checkAccessibility();
  }
}
