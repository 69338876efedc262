package org.bridgeway.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.bridgeway.BridgewayTest;
import org.bridgeway.browser.Browser;
import org.bridgeway.careteam.Scene;
import org.bridgeway.people.People;
import org.bridgeway.portal.PortalWorld;
import org.bridgeway.portal.PortalWorld.Portal;
import org.bridgeway.portal.Zips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The person signs in to their own record in a real browser; every page passes the accessibility check. */
@BridgewayTest
class PortalJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired PortalWorld worlds;
  @Autowired People people;

  Portal p;

  @BeforeEach
  void setUp() {
    browser.on(port).desktop();
    p = worlds.create();
  }

  @Test
  void thePersonSeesTheirHomeTeamJourneyWhoLookedAndDownloadsTheirRecord() throws Exception {
    people.read(p.w().ourWorker(), p.w().sam());

    browser.signIn(p.w().samUsername(), Scene.PASSWORD);
    assertThat(browser.path()).isEqualTo("/me");
    assertThat(browser.heading()).isEqualTo("Hello, Sam Okafor");
    assertThat(browser.text()).contains("Your key worker is Dee Kamara",
        "Since 3 March 2025 you have lived at Coldharbour Lane flats.", "The last person was Test Practitioner");

    browser.follow("My team");
    assertThat(browser.heading()).isEqualTo("My team");
    assertThat(browser.text()).contains("Dee Kamara", "Key worker", "dee.kamara@thamesreach.org.uk",
        "Thames Reach", "South London Trust");

    browser.follow("Back to my record");
    browser.follow("Where I live");
    assertThat(browser.text()).contains("Since 3 March 2025 you have lived at Coldharbour Lane flats.",
        "You are planning to move to Acre Lane floating support", "My journey so far");

    browser.follow("Back to my record");
    browser.follow("Who has looked at my record");
    assertThat(browser.text()).contains("Test Practitioner", "Practitioner", "Thames Reach", "Looked at your record",
        "You", "Looked at your team");
    browser.follow("Show only other people, not you");
    assertThat(browser.text()).contains("Test Practitioner").doesNotContain("Looked at your team");

    browser.phone(375, 800);
    browser.open("/me/access-log");
    assertThat(browser.scrollsSideways()).isFalse();
    browser.desktop();

    browser.follow("My record");
    String href = browser.hrefOf("Download my data");
    HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + href)).header("Cookie", browser.cookieHeader()).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Disposition").orElse("")).matches(
        "attachment; filename=\"my-record-\\d{4}-\\d{2}-\\d{2}\\.zip\"");
    Map<String, String> files = Zips.read(zip.body());
    assertThat(files).containsKeys("README.txt", "about-me.txt", "notes.txt", "access-log.csv");
    assertThat(files.get("team.csv")).contains("Dee Kamara");

    browser.open("/people/" + p.bob());
    assertThat(browser.status()).isEqualTo(404);
  }
}
