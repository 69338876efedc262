package org.bridgeway.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.browser.Browser;
import org.bridgeway.careteam.Scene;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The forum and initiatives in a real browser with axe, and the public page signed out. */
@BridgewayTest
class ForumJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;

  Scene.Alliance lambeth;
  CurrentUser manager;

  @BeforeEach
  void setUp() {
    browser.on(port).desktop();
    lambeth = scene.create();
    UUID priya = lambeth.staff(lambeth.ours, "Priya");
    manager = lambeth.user(Role.MANAGER, priya);
  }

  @Test
  void aManagerRecordsAMeetingAndClosesAnActionAndThePublicPageShowsItWithoutNames() {
    browser.signIn(manager.username(), Scene.PASSWORD);
    assertThat(browser.hrefOf("you said, we did")).isEqualTo("/you-said-we-did/" + lambeth.test.shortName());
    browser.open("/hub/alliance");
    browser.follow("Service-user forum");
    browser.follow("Record a meeting");
    browser.fillIn("chair", "Marcia");
    browser.press("Save meeting");
    assertThat(browser.textOf("#place-error")).contains("Enter where the meeting was held");
    browser.fillIn("place", "Brixton hub");
    browser.press("Save meeting");
    assertThat(browser.text()).contains("Meeting recorded", "Brixton hub", "Marcia");

    browser.expand("Add someone who came");
    browser.choose("kind", "Person who uses services");
    browser.fillIn("name", "Samuel");
    browser.press("Add to who came");
    assertThat(browser.text()).contains("Added to who came", "Samuel");

    browser.fillIn("text", "The kitchen at the house is locked at night");
    browser.fillIn("raisedBy", "Samuel");
    browser.press("Record the issue");
    assertThat(browser.text()).contains("Issue recorded", "The kitchen at the house is locked at night");

    browser.follow("Add an action for issue 1");
    browser.fillIn("what", "Review the kitchen rules with residents");
    browser.press("Save action");
    assertThat(browser.textOf("#ownerId-error")).contains("Select the member of staff who owns the action");
    browser.choose("ownerId", "Priya Adeyemi");
    browser.press("Save action");
    assertThat(browser.text()).contains("Action added", "Priya Adeyemi", "Open");

    browser.press("Close the action");
    assertThat(browser.textOf("#whatWeDid-error")).contains("Enter what we did");
    browser.fillIn("whatWeDid", "Residents agreed new rules: the kitchen stays open until 11pm");
    browser.press("Close the action");
    assertThat(browser.text()).contains("Action closed", "Residents agreed new rules");

    browser.on(port);
    browser.open("/you-said-we-did/" + lambeth.test.shortName());
    assertThat(browser.status()).isEqualTo(200);
    assertThat(browser.heading()).isEqualTo("You said, we did");
    assertThat(browser.text()).contains("The kitchen at the house is locked at night",
        "Residents agreed new rules: the kitchen stays open until 11pm").doesNotContain("Samuel");
    assertThat(browser.source()).doesNotContain("Samuel");
  }

  @Test
  void aManagerAddsAnInitiativeWithAMilestoneAndAnOutcomeAndACommissionerReadsIt() {
    browser.signIn(manager.username(), Scene.PASSWORD);
    browser.open("/governance/initiatives");
    browser.follow("Add an initiative");
    browser.fillIn("title", "Area pilot");
    browser.press("Save initiative");
    assertThat(browser.textOf("#aims-error")).contains("Enter what the initiative aims to do");
    browser.fillIn("aims", "Try the new way of working in one area first");
    browser.choose("status", "Running");
    browser.tick("From the start");
    browser.tick("In the evaluation");
    browser.choose("evaluation", "Peer evaluation");
    browser.press("Save initiative");
    assertThat(browser.text()).contains("Initiative added", "From the start, In the evaluation");

    browser.fillIn("year", "20O6");
    browser.fillIn("text", "Pilot starts");
    browser.press("Add the milestone");
    assertThat(browser.textOf("#year-error")).contains("Enter the year of the milestone");
    browser.fillIn("year", "2006");
    browser.press("Add the milestone");
    assertThat(browser.text()).contains("Milestone added", "Pilot starts", "Not yet");
    browser.press("Mark as done: 2006, Pilot starts");
    assertThat(browser.text()).contains("Milestone marked as done");

    browser.fillIn("name", "People placed out of area");
    browser.fillIn("value", "-12");
    browser.fillIn("unit", "people");
    browser.press("Add the outcome");
    assertThat(browser.text()).contains("Outcome measure added", "-12 people");

    browser.on(port);
    browser.signIn(lambeth.user(Role.COMMISSIONER, null).username(), Scene.PASSWORD);
    browser.open("/governance/initiatives");
    assertThat(browser.text()).contains("Area pilot", "2006").doesNotContain("Add an initiative");
    browser.follow("Area pilot");
    assertThat(browser.text()).contains("Peer evaluation", "-12 people").doesNotContain("Add the milestone");
  }
}
