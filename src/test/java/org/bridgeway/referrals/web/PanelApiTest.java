package org.bridgeway.referrals.web;

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
import org.bridgeway.referrals.PanelScenario;
import org.bridgeway.referrals.PanelScenario.Scene;
import org.bridgeway.referrals.Urgency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The panel API over real HTTP with HTTP Basic: the pages' rules, refusals as problem details. */
@BridgewayTest
class PanelApiTest {

  static final String PASSWORD = "panel api passphrase";
  static final LocalDate TODAY = LocalDate.now();

  @LocalServerPort int port;
  @Autowired PanelScenario scenario;
  @Autowired Accounts accounts;

  final HttpClient http = HttpClient.newHttpClient();
  Scene scene;
  String manager;
  String member;
  String practitioner;

  @BeforeEach
  void setUp() {
    scene = scenario.create();
    String prefix = scene.alliance().shortName();
    manager = account(prefix + "-api-manager", Role.MANAGER);
    member = account(prefix + "-api-panel", Role.PANEL_MEMBER);
    practitioner = account(prefix + "-api-worker", Role.PRACTITIONER);
  }

  String account(String username, Role role) {
    accounts.open(new NewAccount(username, PASSWORD, "API user", role, scene.alliance().id(), null, null));
    return username;
  }

  HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  String meeting(LocalDate on) {
    return """
        {"meetsOn": "%s", "startsAt": "10:00", "location": "Lambeth Hub", "chair": "Dr Rao"}""".formatted(on);
  }

  static String decision(UUID referral, String outcome, String reasons, int version) {
    return """
        {"referralId": "%s", "outcome": "%s", "reasons": "%s", "referralVersion": %d}"""
        .formatted(referral, outcome, reasons, version);
  }

  @Test
  void managersScheduleMeetingsAndPanelMembersReadThemWithTheirAgenda() throws Exception {
    UUID sam = scenario.awaiting(scene, "Sam", Urgency.SOON, TODAY.minusDays(5), scene.flats());

    HttpResponse<String> created = call(manager, "POST", "/api/panels", meeting(TODAY));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();

    assertThat(call(member, "POST", "/api/panels", meeting(TODAY)).statusCode()).isEqualTo(403);
    assertThat(call(practitioner, "GET", "/api/panels", null).statusCode()).isEqualTo(403);
    assertThat(call(member, "GET", "/api/panels", null).body()).contains("Lambeth Hub");
    HttpResponse<String> read = call(member, "GET", location, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).contains(sam.toString(), "Sam Okafor", "\"agenda\"", "\"attendees\"", "\"actions\"");
    HttpResponse<String> refused = call(manager, "POST", "/api/panels", "{\"location\": \"Hub\"}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("meetsOn", "startsAt", "chair");
  }

  @Test
  void decisionsAnswer200ThenRefuse400WithoutReasonsOr409ForAnOutOfDateVersion() throws Exception {
    UUID sam = scenario.awaiting(scene, "Sam", Urgency.SOON, TODAY.minusDays(5), scene.flats());
    String panel = "/api/panels/" + scenario.meeting(scene, TODAY);

    HttpResponse<String> noReasons = call(member, "POST", panel + "/decisions", decision(sam, "DECLINE", " ", 1));
    assertThat(noReasons.statusCode()).isEqualTo(400);
    assertThat(noReasons.body()).contains("reasons");
    assertThat(call(member, "POST", panel + "/decisions", decision(sam, "DECLINE", "Met elsewhere", 0))
        .statusCode()).isEqualTo(409);

    HttpResponse<String> decided = call(member, "POST", panel + "/decisions", decision(sam, "DEFER", "Need the GP", 1));
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    assertThat(decided.body()).contains("\"outcome\":\"DEFER\"", "Need the GP");

    HttpResponse<String> again = call(member, "POST", panel + "/decisions", decision(sam, "DECLINE", "No", 2));
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("already decided");
  }
}
