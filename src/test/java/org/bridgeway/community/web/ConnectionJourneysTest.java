package org.bridgeway.community.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.bridgeway.BridgewayTest;
import org.bridgeway.browser.Browser;
import org.bridgeway.careteam.Scene;
import org.bridgeway.community.CommunityDirectory;
import org.bridgeway.community.CommunityDirectoryTest;
import org.bridgeway.community.Connection;
import org.bridgeway.community.Connections;
import org.bridgeway.community.NewConnection;
import org.bridgeway.community.Progress;
import org.bridgeway.community.ResourceKind;
import org.bridgeway.notes.NotesWorld;
import org.bridgeway.notes.NotesWorld.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The directory, a worker's view of a person's connections and the person's own, in a real browser with axe. */
@BridgewayTest
class ConnectionJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired NotesWorld worlds;
  @Autowired CommunityDirectory directory;
  @Autowired Connections connections;

  World w;

  @BeforeEach
  void setUp() {
    browser.on(port).desktop();
    w = worlds.create();
  }

  @Test
  void aWorkerAddsAConnectionFromTheDirectoryAndEndsOneAndThePersonAddsTheirOwn() {
    directory.add(w.alliance().admin, CommunityDirectoryTest.allotment("Railton Road allotment"));
    LocalDate today = connections.today();
    connections.add(w.ourWorker(), w.sam(), new NewConnection(null, "Brixton chess club", ResourceKind.CLUB,
        today.minusMonths(6), null, Progress.GOING_WELL, null));

    browser.signIn(w.ourWorker().username(), Scene.PASSWORD);
    browser.open("/community");
    assertThat(browser.text()).contains("Railton Road allotment");
    browser.follow("Railton Road allotment");
    assertThat(browser.text()).contains("Saturday, 10:00 to 13:00", "Anyone over 18");

    browser.open("/people/" + w.sam());
    browser.follow("Community connections");
    browser.follow("Add a connection");
    browser.fillIn("endDay", "1");
    browser.fillIn("endMonth", "1");
    browser.fillIn("endYear", "2001");
    browser.choose("resourceId", "Railton Road allotment (volunteering)");
    browser.choose("progress", "Going well");
    browser.press("Save connection");
    assertThat(browser.textOf("#end-error")).contains("The end date cannot be before it started");
    browser.fillIn("endDay", "");
    browser.fillIn("endMonth", "");
    browser.fillIn("endYear", "");
    browser.press("Save connection");
    assertThat(browser.text()).contains("Connection added", "Railton Road allotment", "Volunteering");

    browser.follow("Update or end Brixton chess club");
    browser.choose("progress", "Stopped");
    browser.fillIn("note", "Moved to a club nearer home");
    browser.fillIn("endDay", String.valueOf(today.getDayOfMonth()));
    browser.fillIn("endMonth", String.valueOf(today.getMonthValue()));
    browser.fillIn("endYear", String.valueOf(today.getYear()));
    browser.press("Save");
    assertThat(browser.text()).contains("Connection updated", "Moved to a club nearer home");
    assertThat(connections.activeOn(w.alliance().test.id(), w.sam(), today)).isOne();

    browser.on(port);
    browser.signIn(w.samUsername(), Scene.PASSWORD);
    browser.follow("Where I go and what I do");
    assertThat(browser.text()).contains("Railton Road allotment", "Brixton chess club");
    browser.expand("Railton Road allotment");
    browser.fillIn("resourceName", "St Matthew's choir");
    browser.choose("kind", "Faith group");
    browser.choose("progress", "Some difficulties");
    browser.press("Add to my list");
    assertThat(browser.text()).contains("It has been added to your list", "St Matthew's choir");
    assertThat(connections.of(w.ourWorker(), w.sam())).filteredOn(Connection::addedByPerson)
        .extracting(Connection::resourceName).containsExactly("St Matthew's choir");
  }

  @Test
  void aManagerAddsChangesAndWithdrawsAResourceWithErrorsBesideTheFields() {
    browser.signIn(w.alliance().user(org.bridgeway.access.Role.MANAGER, null).username(), Scene.PASSWORD);
    browser.open("/community/new");
    browser.choose("day0", "Monday");
    browser.fillIn("opens0", "18:00");
    browser.fillIn("closes0", "17:00");
    browser.press("Save resource");
    assertThat(browser.textOf("#name-error")).contains("Enter the name of the resource");
    assertThat(browser.textOf("#opening0-error")).contains("The closing time must be after the opening time");

    browser.choose("kind", "Peer support group");
    browser.fillIn("name", "Hearing Voices group");
    browser.fillIn("closes0", "20:00");
    browser.press("Save resource");
    assertThat(browser.text()).contains("Resource added", "Monday, 18:00 to 20:00");

    browser.follow("Change the details of Hearing Voices group");
    browser.fillIn("postcode", "sw9 8ad");
    browser.press("Save resource");
    assertThat(browser.text()).contains("Resource changed", "SW9 8AD");

    browser.fillIn("reason", "The group now meets online only");
    browser.press("Withdraw resource");
    assertThat(browser.text()).contains("Resource withdrawn", "because: The group now meets online only");
  }
}
