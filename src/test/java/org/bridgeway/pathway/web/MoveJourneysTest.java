package org.bridgeway.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAccounts.SignIn;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.browser.Browser;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A step down in a real browser: Sam is in the recovery house; a move to the staffed flats is planned, two
 * "getting to know you" visits are recorded, Sam is marked ready, the move is completed, and the pathway shows
 * the stay in the house ended and the stay in the flats open. The capacity board follows each step: the flats (8)
 * start empty, then have Sam waiting to move in once he is ready, then one flat taken and the house one bed freer.
 * Every page passes the accessibility check.
 */
@BridgewayTest
class MoveJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired TestAccounts accounts;
  @Autowired Services services;
  @Autowired Stays stays;

  Scene.Alliance lambeth;
  UUID sam;
  SignIn manager;
  LocalDate today;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    CurrentUser admin = lambeth.admin;
    today = scene.today();
    sam = lambeth.person();
    UUID house = services.add(admin, new ServiceDetails(lambeth.ours, "Brixton recovery house",
        ServiceKind.COMMUNITY_RECOVERY, false, 12, CapacityUnit.BEDS, null, 180, 270, null, false, false, false, null,
        null, null, null));
    services.add(admin, new ServiceDetails(lambeth.ours, "Acre Lane staffed flats", ServiceKind.STAFFED_FLATS, false,
        8, CapacityUnit.FLATS, null, null, 540, null, false, false, false, null, null, null, null));
    stays.record(admin, sam, new NewStay(house, today.minusMonths(7), null, null));
    manager = accounts.open(lambeth.test, Role.ADMIN);
  }

  @Test
  void aStepDownIsPlannedWithTwoVisitsMarkedReadyCompletedAndShownOnThePathway() {
    browser.on(port).desktop();
    browser.signIn(manager.username(), manager.password());
    // Columns: capacity, occupied, vacant now, expected vacancies, ready to move out, waiting to move in, delayed.
    assertThat(boardRow("Acre Lane staffed flats")).contains("8 flats 0 8 0 0 0 0");
    assertThat(boardRow("Brixton recovery house")).contains("12 beds 1 11 0 0 0 0");
    browser.open("/people/" + sam + "/pathway");
    browser.follow("Plan a move");
    assertThat(browser.heading()).isEqualTo("Plan a move");
    browser.choose("fromStayId", "Brixton recovery house, since " + day(today.minusMonths(7)));
    browser.choose("toServiceId", "Acre Lane staffed flats (24/7 staffed flats, level 5)");
    browser.fillIn("decidedBy", "Sam with his care coordinator");
    browser.press("Plan the move");
    assertThat(browser.text()).contains("Move planned", "Step down", "Not yet ready");

    visit(today.minusDays(14), "Visit", "The flats' manager");
    visit(today.minusDays(7), "Overnight stay", "Two tenants");
    assertThat(browser.textOf("#visits + table")).contains("Visit", "Overnight stay", "Two tenants");

    browser.follow("Change the plan or record the handover");
    browser.choose("readiness", "Ready to move");
    date("readySince", today.minusDays(5));
    browser.press("Save the plan");
    assertThat(browser.text()).contains("Move plan saved", "Ready to move since " + day(today.minusDays(5)),
        "waiting 5 days");
    String plan = browser.path();
    // Ready: the house has one ready to move out, the flats one waiting to move in, not delayed (7 are vacant).
    assertThat(boardRow("Acre Lane staffed flats")).contains("8 flats 0 8 0 0 1 0");
    assertThat(boardRow("Brixton recovery house")).contains("12 beds 1 11 0 1 0 0");
    browser.open(plan);

    browser.follow("Complete the move");
    date("moveDate", today);
    browser.press("Complete the move");

    assertThat(browser.heading()).isEqualTo("Pathway");
    assertThat(browser.text()).contains("Moved to Acre Lane staffed flats on " + day(today));
    String stayTable = browser.textOf("table");
    assertThat(stayTable).contains("Brixton recovery house", "Moved on, to Acre Lane staffed flats",
        "Acre Lane staffed flats", "now");
    assertThat(browser.textOf("#moves-title + p + a + table")).contains("Moved", "Step down", "2");
    assertThat(boardRow("Acre Lane staffed flats")).contains("8 flats 1 7 0 0 0 0");
    assertThat(boardRow("Brixton recovery house")).contains("12 beds 0 12 0 0 0 0");
  }

  private String boardRow(String service) {
    browser.open("/pathway/board");
    return browser.rowOf("#board tbody", service).replaceAll("\\s+", " ");
  }

  private void visit(LocalDate on, String kind, String withWhom) {
    date("visitDate", on);
    browser.choose("kind", kind);
    browser.fillIn("withWhom", withWhom);
    browser.press("Record the visit");
    assertThat(browser.text()).contains("Visit recorded");
  }

  private void date(String name, LocalDate on) {
    browser.fillIn(name + "Day", String.valueOf(on.getDayOfMonth()));
    browser.fillIn(name + "Month", String.valueOf(on.getMonthValue()));
    browser.fillIn(name + "Year", String.valueOf(on.getYear()));
  }

  private static String day(LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"));
  }
}
