package org.bridgeway.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAccounts.SignIn;
import org.bridgeway.TestAlliances;
import org.bridgeway.access.Role;
import org.bridgeway.browser.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An alliance administrator registers a partner system from the Alliance hub: a form sent empty says what is
 * missing; once registered, the secret is shown on that page only, and it really gets a token; opening the page
 * again shows no secret; then the client is revoked with a reason and gets no more tokens. Every page passes axe.
 */
@BridgewayTest
class ApiClientJourneyTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired TestAlliances alliances;
  @Autowired TestAccounts accounts;

  @Test
  void anAdministratorRegistersAClientSeesItsSecretOnceAndRevokesIt() throws Exception {
    SignIn admin = accounts.open(alliances.create(), Role.ADMIN);

    browser.on(port).desktop();
    browser.signIn(admin.username(), admin.password());
    browser.follow("Alliance");
    browser.follow("API clients");
    assertThat(browser.heading()).isEqualTo("API clients");
    browser.checkAccessibility();
    browser.follow("Register an API client");
    browser.press("Register API client");
    assertThat(browser.textOf(".nhsuk-error-summary")).contains("Enter the partner system's name",
        "Choose at least one thing the system may do");
    browser.checkAccessibility();

    browser.fillIn("name", "Trust clinical record");
    browser.tick("system/Patient.read");
    browser.tick("system/EpisodeOfCare.read");
    browser.press("Register API client");
    assertThat(browser.heading()).isEqualTo("Trust clinical record");
    assertThat(browser.text()).contains("API client Trust clinical record registered", "Copy the secret now",
        "system/Patient.read", "system/EpisodeOfCare.read");
    String clientId = browser.textOf("#client-id");
    String secret = browser.textOf("#client-secret");
    assertThat(secret).hasSizeGreaterThan(30);
    browser.checkAccessibility();
    assertThat(tokenStatus(clientId, secret)).isEqualTo(200);

    browser.open(browser.path());
    assertThat(browser.heading()).isEqualTo("Trust clinical record");
    assertThat(browser.text()).doesNotContain(secret).doesNotContain("Copy the secret now");

    browser.press("Revoke API client");
    assertThat(browser.textOf(".nhsuk-error-summary")).contains("Enter why the client is revoked");
    browser.fillIn("reason", "The trust moved to a new system");
    browser.press("Revoke API client");
    assertThat(browser.text()).contains("API client Trust clinical record revoked",
        "The trust moved to a new system");
    assertThat(tokenStatus(clientId, secret)).isEqualTo(401);

    browser.follow("API clients");
    assertThat(browser.textOf("table tbody")).contains("Trust clinical record", clientId, "Revoked");
    browser.checkAccessibility();
  }

  private int tokenStatus(String clientId, String secret) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }
}
