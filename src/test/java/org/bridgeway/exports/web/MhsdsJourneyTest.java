package org.bridgeway.exports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
import org.bridgeway.pathway.EndOfStay;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.people.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator opens the MHSDS extract from the Alliance hub, reads how settings become accommodation codes,
 * picks October 2026 and downloads the zip: Sam's ward stay (20 September to 10 October) is a hospital spell and
 * an admitted patient setting (20). A month that is not offered comes back to the page with its error. Every
 * page passes axe.
 */
@BridgewayTest
class MhsdsJourneyTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired People people;
  @Autowired TestAccounts accounts;

  @Test
  void anAdministratorPicksAMonthAndDownloadsTheZip() throws Exception {
    Scene.Alliance alliance = scene.create();
    UUID ward = services.add(alliance.admin, new ServiceDetails(alliance.ours, "Luther ward",
        ServiceKind.ACUTE_WARD, false, 20, CapacityUnit.BEDS, null, null, null, null, false, false, false, null,
        null, null, null));
    UUID sam = alliance.person();
    UUID stay = stays.record(alliance.admin, sam, new NewStay(ward, LocalDate.of(2026, 9, 20), null, null, null,
        null, null));
    stays.end(alliance.admin, sam, stay, 0, new EndOfStay(LocalDate.of(2026, 10, 10), EndReason.RETURNED_HOME,
        null));
    String samId = people.read(alliance.admin, sam).localId();
    SignIn admin = accounts.open(alliance.test, Role.ADMIN);

    browser.on(port).desktop();
    browser.signIn(admin.username(), admin.password());
    browser.open("/hub/alliance");
    browser.follow("MHSDS extract");
    assertThat(browser.heading()).isEqualTo("MHSDS extract");
    assertThat(browser.rowOf("#accommodation-codes", "Supported living")).contains("11");
    browser.checkAccessibility();
    browser.choose("month", "October 2026");
    assertThat(browser.valueOf("month")).isEqualTo("2026-10");

    HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            "http://localhost:" + port + "/exports/mhsds.zip?month=" + browser.valueOf("month")))
        .header("Cookie", browser.cookieHeader()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow()).contains("mhsds-2026-10.zip");
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(files).hasSize(8);
    assertThat(files.get("MHS501HospProvSpell.csv")).contains(stay + "," + samId + ",2026-09-20,2026-10-10,Luther ward");
    assertThat(files.get("MHS003AccommStatus.csv")).contains(stay + "," + samId + ",20,2026-09-20");

    browser.open("/exports/mhsds.zip?month=1999-01");
    assertThat(browser.path()).startsWith("/exports/mhsds?");
    assertThat(browser.textOf(".nhsuk-error-summary")).contains("Select a month from the list");
    browser.checkAccessibility();
  }
}
