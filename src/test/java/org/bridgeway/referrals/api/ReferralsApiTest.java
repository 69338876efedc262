package org.bridgeway.referrals.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.NewAccount;
import org.bridgeway.access.Role;
import org.bridgeway.referrals.ReferralWorld;
import org.bridgeway.referrals.ReferralWorld.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The referrals API over real HTTP with HTTP Basic: the same rules as the pages, refusals as problem details. */
@BridgewayTest
class ReferralsApiTest {

  static final String PASSWORD = "api test passphrase";

  @LocalServerPort int port;
  @Autowired ReferralWorld worlds;
  @Autowired Accounts accounts;

  final HttpClient http = HttpClient.newHttpClient();
  World world;
  String trust;
  String council;

  @BeforeEach
  void setUp() {
    world = worlds.create();
    trust = account("api-trust", Role.PRACTITIONER, world.trustStaff());
    council = account("api-council", Role.PRACTITIONER, world.councilStaff());
  }

  String account(String name, Role role, UUID staff) {
    String username = world.alliance().shortName() + "-" + name;
    accounts.open(new NewAccount(username, PASSWORD, "API user", role, world.alliance().id(), staff, null));
    return username;
  }

  String referral(boolean consent) {
    return """
        {"personId": "%s", "source": "GP", "referrerName": "Dr Patel", "receivedOn": "%s",
         "reason": "Low mood and isolated", "panelToDecide": false, "requestedServices": ["%s"],
         "urgency": "ROUTINE", "consentToShare": %s}""".formatted(world.person(), LocalDate.now().minusDays(1),
        world.recovery(), consent);
  }

  HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    request.header("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String id(HttpResponse<String> response) {
    var matcher = java.util.regex.Pattern.compile("\"id\":\\s*\"([^\"]*)\"").matcher(response.body());
    return matcher.find() ? matcher.group(1) : null;
  }

  @Test
  void aReferralMadeThroughTheApiIsReadWithItsTimeline() throws Exception {
    HttpResponse<String> created = call(trust, "POST", "/api/referrals", referral(true));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = id(created);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/referrals/" + id);
    HttpResponse<String> read = call(trust, "GET", "/api/referrals/" + id, null);
    assertThat(read.body()).contains("\"status\":\"RECEIVED\"").contains("\"kind\":\"REFERRED\"");
    assertThat(call(trust, "GET", "/api/referrals?status=RECEIVED", null).body()).contains(id);
  }

  @Test
  void movesAreRefusedWhenNotAllowedAndConflictWhenOutOfDate() throws Exception {
    String id = id(call(trust, "POST", "/api/referrals", referral(true)));
    String move = "{\"target\": \"%s\", \"reason\": \"%s\", \"version\": %d}";

    HttpResponse<String> refused = call(trust, "POST", "/api/referrals/" + id + "/moves",
        move.formatted("RECEIVED", "Again", 0));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(call(trust, "POST", "/api/referrals/" + id + "/moves", move.formatted("AWAITING_PANEL", "Fits", 0))
        .statusCode()).isEqualTo(200);
    assertThat(call(trust, "POST", "/api/referrals/" + id + "/moves", move.formatted("DECLINED", "Full", 0))
        .statusCode()).isEqualTo(409);
  }

  @Test
  void aReferralWithoutConsentIsNotFoundForAnotherOrganisation() throws Exception {
    String id = id(call(trust, "POST", "/api/referrals", referral(false)));

    assertThat(call(council, "GET", "/api/referrals/" + id, null).statusCode()).isEqualTo(404);
    assertThat(call(council, "GET", "/api/referrals", null).body()).doesNotContain(id);
  }

  @Test
  void waitingTimesAreGivenForThePeriodAsked() throws Exception {
    HttpResponse<String> figures = call(trust, "GET",
        "/api/referrals/waiting-times?from=2026-01-01&to=2026-03-31", null);

    assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
    assertThat(figures.body()).contains("All referrals");
  }
}
