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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person's pathway in a real browser: stays recorded on the form, an overlapping stay refused beside its field
 * with nothing saved, a finished past stay recorded in one step, and the administrator changing the alliance's
 * ladder so that the person's pathway shows the new levels. Every page passes the accessibility check.
 */
@BridgewayTest
class PathwayJourneysTest {

  private static final String OAK_HOUSE = "Oak House (Residential care, level 3)";
  private static final String FLATS = "Brixton flats (24/7 staffed flats, level 5)";

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired TestAccounts accounts;

  Scene.Alliance lambeth;
  UUID sam;
  SignIn admin;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    sam = lambeth.person();
    service("Oak House", ServiceKind.RESIDENTIAL_CARE);
    service("Brixton flats", ServiceKind.STAFFED_FLATS);
    admin = accounts.open(lambeth.test, Role.ADMIN);
    browser.on(port).desktop();
    browser.signIn(admin.username(), admin.password());
  }

  void service(String name, ServiceKind kind) {
    services.add(lambeth.admin, new ServiceDetails(lambeth.ours, name, kind, false, 10, CapacityUnit.PLACES, null,
        null, null, null, false, false, false, null, null, null, null));
  }

  void startStay(String service, String day, String month, String year) {
    browser.open("/people/" + sam + "/pathway");
    browser.follow("Record a stay");
    browser.choose("serviceId", service);
    browser.fillIn("startDateDay", day);
    browser.fillIn("startDateMonth", month);
    browser.fillIn("startDateYear", year);
  }

  @Test
  void aStayInResidentialCareThenAnOverlappingStayInStaffedFlatsIsRefusedBesideTheStartDate() {
    startStay(OAK_HOUSE, "10", "11", "2025");
    browser.press("Record the stay");
    assertThat(browser.text()).contains("Stay recorded");
    assertThat(browser.textOf("tbody")).contains("Oak House", "Residential care, level 3", "10 Nov 2025", "now");

    startStay(FLATS, "10", "5", "2026");
    browser.press("Record the stay");

    assertThat(browser.heading()).isEqualTo("Record a stay");
    assertThat(browser.textOf(".nhsuk-error-summary")).contains("They are in Oak House (Residential care)");
    assertThat(browser.textOf("#startDate-error")).contains("They are in Oak House (Residential care) from "
        + "10 November 2025", "end that stay first");
    browser.open("/people/" + sam + "/pathway");
    assertThat(browser.textOf("tbody")).contains("Oak House").doesNotContain("Brixton flats");
  }

  @Test
  void aFinishedPastStayIsRecordedInOneStep() {
    startStay(OAK_HOUSE, "3", "2", "2023");
    browser.fillIn("endDateDay", "1");
    browser.fillIn("endDateMonth", "9");
    browser.fillIn("endDateYear", "2024");
    browser.choose("reason", "Moved on");
    browser.fillIn("destination", "Brixton flats");
    browser.press("Record the stay");

    assertThat(browser.text()).contains("Stay recorded as ended");
    // 3 February 2023 to 3 February 2024 is 365 days, on to 3 September 2024 another 29 + 184 (2024 is a leap
    // year), less the 2 days to 1 September: 576 days covered.
    assertThat(browser.textOf("tbody")).contains("Oak House", "3 Feb 2023", "1 Sep 2024", "576 days",
        "Moved on, to Brixton flats").doesNotContain("End the stay");
  }

  @Test
  void theAdministratorChangesTheLadderAndThePathwayShowsTheNewLevels() {
    startStay(FLATS, "10", "5", "2026");
    browser.press("Record the stay");

    browser.follow("Alliance");
    browser.follow("Alliance set-up");
    browser.follow("Pathway ladder");
    assertThat(browser.heading()).isEqualTo("Pathway ladder");
    browser.fillIn("STAFFED_FLATS", "6");
    browser.fillIn("SUPPORTED_LIVING", "5");
    browser.press("Save ladder");

    assertThat(browser.text()).contains("Ladder saved. 24/7 staffed flats moved from level 5 to 6. Supported living "
        + "moved from level 6 to 5.");
    assertThat(browser.textOf("tbody")).containsSubsequence("5", "Supported living", "6", "24/7 staffed flats");
    browser.open("/people/" + sam + "/pathway");
    assertThat(browser.textOf("tbody")).contains("24/7 staffed flats, level 6");
  }
}
