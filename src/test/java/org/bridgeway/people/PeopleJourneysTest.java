package org.bridgeway.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAccounts.SignIn;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.Role;
import org.bridgeway.browser.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Journeys with people's records (as the alliance administrator, who may open every record), in a real browser; every page passes the accessibility check. */
@BridgewayTest
class PeopleJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired TestAlliances alliances;
  @Autowired TestAccounts accounts;
  @Autowired People people;

  TestAlliance lambeth;
  SignIn worker;

  @BeforeEach
  void setUp() {
    browser.on(port).desktop();
    lambeth = alliances.create();
    worker = accounts.open(lambeth, Role.ADMIN);
  }

  @Test
  void anAdministratorAddsAPersonSeesTheRecordAndFindsThemByNameAndByNhsNumber() {
    browser.signIn(worker.username(), worker.password());
    browser.open("/people");
    browser.follow("Add a person");
    fillInAmara("943 476 5919");
    browser.press("Add person");

    assertThat(browser.heading()).isEqualTo("Amara Mensah");
    assertThat(browser.text())
        .contains("Record added for Amara Mensah", "Born 14 July 1991", "NHS number 943 476 5919");

    search("mensah amara");
    assertThat(browser.textOf("caption")).isEqualTo("1 person found");
    browser.follow("Amara Mensah");
    assertThat(browser.heading()).isEqualTo("Amara Mensah");

    search("9434765919");
    assertThat(browser.textOf("caption")).isEqualTo("1 person found");
    assertThat(browser.textOf("tbody")).contains("Amara Mensah", "14 July 1991", "943 476 5919");
  }

  @Test
  void aWrongNhsNumberShowsTheErrorSummaryAndTheMessageBesideTheFieldAndNothingIsSaved() {
    browser.signIn(worker.username(), worker.password());
    browser.open("/people");
    browser.follow("Add a person");
    fillInAmara("943 476 5918");
    browser.press("Add person");

    assertThat(browser.heading()).isEqualTo("Add a person");
    assertThat(browser.textOf(".nhsuk-error-summary")).contains("There is a problem", "the last digit does not match");
    assertThat(browser.textOf("#nhsNumber-error")).contains("the last digit does not match");
    assertThat(browser.valueOf("nhsNumber")).isEqualTo("943 476 5918");
    assertThat(browser.valueOf("givenName")).isEqualTo("Amara");
    assertThat(people.count(lambeth.id())).isZero();
  }

  @Test
  void aLeedsWorkerWhoKnowsTheAddressOfALambethRecordGetsPageNotFoundAndSeesNothingOfThePerson() {
    UUID sam = people.add(lambeth.as(Role.PRACTITIONER), PeopleTest.sam("943 476 5919"));
    SignIn leedsWorker = accounts.open(alliances.create(), Role.PRACTITIONER);
    browser.signIn(leedsWorker.username(), leedsWorker.password());

    for (String page : new String[] {"/people/" + sam, "/people/" + sam + "/edit"}) {
      browser.open(page);

      assertThat(browser.status()).isEqualTo(404);
      assertThat(browser.heading()).isEqualTo("Page not found");
      assertThat(browser.source()).doesNotContain("Okafor", "Samuel", "943 476 5919", "9434765919", "1980");
    }
    search("Okafor");
    assertThat(browser.text()).contains("No one matches Okafor");
  }

  @Test
  void onAPhoneSizedScreenTheSearchAndTheRecordPassTheAccessibilityCheckWithoutScrollingSideways() {
    people.add(lambeth.as(Role.PRACTITIONER), PeopleTest.sam("943 476 5919"));
    browser.phone(375, 812);

    browser.signIn(worker.username(), worker.password());
    assertThat(browser.viewportWidth()).isEqualTo(375);
    search("Okafor");
    assertThat(browser.scrollsSideways()).as("the search results scroll sideways").isFalse();
    browser.follow("Sam Okafor");

    assertThat(browser.heading()).isEqualTo("Sam Okafor");
    assertThat(browser.scrollsSideways()).as("the record scrolls sideways").isFalse();
  }

  private static void fillInAmara(String nhsNumber) {
    browser.fillIn("givenName", "Amara");
    browser.fillIn("familyName", "Mensah");
    browser.fillIn("dateOfBirthDay", "14");
    browser.fillIn("dateOfBirthMonth", "7");
    browser.fillIn("dateOfBirthYear", "1991");
    browser.fillIn("nhsNumber", nhsNumber);
  }

  private static void search(String words) {
    browser.open("/people");
    browser.fillIn("q", words);
    browser.press("Search");
  }
}
