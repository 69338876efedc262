package org.bridgeway.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAccounts.SignIn;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.OrganisationDetails;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.Sector;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffDetails;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.browser.Browser;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The closed loop in a real browser: a community worker refers Sam, a manager accepts the referral for the
 * panel, holds the panel and allocates Sam to the studio flats with a key worker; the worker who referred
 * sees the outcome, the key worker can now open Sam's record and a worker with no part in Sam's care cannot.
 * Every page passes the accessibility check.
 */
@BridgewayTest
class ReferralJourneysTest {

  private static final String FLATS = "Ferndale studio flats (Recovery Charity)";
  private static final String AMA = "Ama Owusu, Support worker, Recovery Charity";

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired PanelScenario scenario;
  @Autowired TestAccounts accounts;
  @Autowired Organisations organisations;
  @Autowired Staff staff;
  @Autowired People people;
  @Autowired Clock clock;

  PanelScenario.Scene scene;
  UUID sam;
  SignIn referrer;
  SignIn manager;
  SignIn keyWorker;
  SignIn stranger;

  @BeforeEach
  void setUp() {
    scene = scenario.create();
    CurrentUser admin = scene.alliance().as(Role.ADMIN);
    UUID trust = organisations.add(admin, new OrganisationDetails("South London Trust", Sector.NHS, "RV5"));
    sam = people.add(admin, new PersonDetails("Samuel", "Okafor", "Sam", "27", "3", "1980", null, null, null, null,
        null, null, "English", false, null, "12 Acre Lane", "SW2 5RU", null, null, null, null, null, null, null));
    referrer = accounts.open(scene.alliance(), Role.PRACTITIONER, worker(admin, trust, "Dami"));
    stranger = accounts.open(scene.alliance(), Role.PRACTITIONER, worker(admin, trust, "Lola"));
    manager = accounts.open(scene.alliance(), Role.MANAGER);
    keyWorker = accounts.open(scene.alliance(), Role.PRACTITIONER, scene.keyWorker());
  }

  @Test
  void aReferralGoesFromTheReferrerThroughTriageAndThePanelAndTheReferrerSeesItAllocated() {
    UUID referral = referSamToTheFlats();
    acceptForThePanel(referral);
    allocateAtTodaysPanel();

    signInAs(referrer);
    browser.open("/referrals/mine");
    assertThat(browser.heading()).isEqualTo("My referrals");
    assertThat(browser.textOf("tbody")).contains("Sam Okafor", "Allocated");
    browser.follow("Sam Okafor");
    assertThat(browser.text()).contains("Allocated", "A quiet flat near his sister suits Sam best");
    assertThat(browser.textOf("#timeline + table")).contains("Accepted for the panel");
  }

  @Test
  void onceAllocatedTheKeyWorkerOpensTheRecordAndAWorkerWithNoPartInTheCareGetsTheRefusalPage() {
    acceptForThePanel(referSamToTheFlats());
    signInAs(keyWorker);
    browser.open("/people/" + sam);
    assertThat(browser.status()).isEqualTo(403);

    allocateAtTodaysPanel();

    signInAs(keyWorker);
    browser.open("/people/" + sam);
    assertThat(browser.status()).isEqualTo(200);
    assertThat(browser.heading()).isEqualTo("Sam Okafor");
    browser.open("/people/" + sam + "/team");
    assertThat(browser.text()).contains("Ama Owusu");

    signInAs(stranger);
    browser.open("/people/" + sam);
    assertThat(browser.status()).isEqualTo(403);
    assertThat(browser.heading()).isEqualTo("You cannot see this page");
    assertThat(browser.source()).doesNotContain("Acre Lane", "SW2 5RU");
  }

  private UUID referSamToTheFlats() {
    signInAs(referrer);
    browser.open("/referrals/new");
    browser.fillIn("q", "Okafor");
    browser.press("Search");
    browser.follow("Refer Sam Okafor");
    assertThat(browser.heading()).isEqualTo("Refer Sam Okafor");
    browser.fillIn("reason", "Sam is ready to leave the ward and wants to live on his own again");
    browser.tick(FLATS);
    browser.tick("Soon");
    browser.fillIn("risks", "Stops eating when unwell");
    browser.tick("Yes");
    browser.press("Send referral");

    assertThat(browser.text()).contains("Referral sent", "Received");
    return UUID.fromString(browser.path().substring("/referrals/".length()));
  }

  private void acceptForThePanel(UUID referral) {
    signInAs(manager);
    browser.open("/referrals/" + referral);
    browser.expand("Accept for the panel");
    browser.fillIn("note", "Clear and complete");
    browser.press("Accept for the panel");
    assertThat(browser.text()).contains("Accepted for the panel", "Awaiting panel");
  }

  private void allocateAtTodaysPanel() {
    signInAs(manager);
    LocalDate today = LocalDate.now(clock);
    browser.open("/panels");
    browser.follow("Schedule a panel meeting");
    browser.fillIn("meetsOnDay", String.valueOf(today.getDayOfMonth()));
    browser.fillIn("meetsOnMonth", String.valueOf(today.getMonthValue()));
    browser.fillIn("meetsOnYear", String.valueOf(today.getYear()));
    browser.fillIn("location", "Lambeth Hub, room 2");
    browser.fillIn("chair", "Dr Rao");
    browser.press("Schedule meeting");
    assertThat(browser.text()).contains("Panel meeting scheduled");

    browser.choose("staffId", AMA);
    browser.choose("organisationId", "Recovery Charity");
    browser.press("Record as present");
    assertThat(browser.textOf("#present + table")).contains("Ama Owusu", "Recovery Charity");

    browser.follow("Record decision for Sam Okafor");
    browser.tick("Allocate to one or more services");
    browser.fillIn("reasons", "A quiet flat near his sister suits Sam best");
    browser.tick(FLATS);
    browser.choose("keyWorkerStaffId", AMA);
    browser.fillIn("startDateDay", String.valueOf(today.getDayOfMonth()));
    browser.fillIn("startDateMonth", String.valueOf(today.getMonthValue()));
    browser.fillIn("startDateYear", String.valueOf(today.getYear()));
    browser.press("Record decision");
    assertThat(browser.textOf("#decisions + table")).contains("Sam Okafor", "Allocated");
  }

  private void signInAs(SignIn account) {
    browser.on(port).desktop();
    browser.signIn(account.username(), account.password());
  }

  private UUID worker(CurrentUser admin, UUID organisation, String givenName) {
    return staff.add(admin, new StaffDetails(organisation, null, givenName, "Adeyemi", StaffRole.SUPPORT_WORKER,
        "Community worker", new BigDecimal("37.5"), false, LocalDate.of(2024, 1, 1), null, null));
  }
}
