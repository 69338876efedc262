package org.bridgeway.people.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAlliances;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.NewAccount;
import org.bridgeway.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The people API over real HTTP with HTTP Basic: the same rules as the pages, errors as problem details. The
 * alliance administrator (the keeper of the records) opens every record; a worker only through a relationship.
 */
@BridgewayTest
class PeopleApiTest {

  static final String PASSWORD = "api test passphrase";
  static final String SAM = """
      {"givenName": "Samuel", "familyName": "Okafor", "preferredName": "Sam", "dateOfBirth": "1980-03-27",
       "nhsNumber": "943 476 5919", "postcode": "sw2 5ru", "strengths": "Cooking for friends"}""";

  @LocalServerPort int port;
  @Autowired TestAlliances alliances;
  @Autowired Accounts accounts;

  final HttpClient http = HttpClient.newHttpClient();
  String keeper;
  String worker;
  String otherAllianceWorker;
  String commissioner;

  @BeforeEach
  void setUp() {
    var alliance = alliances.create();
    keeper = account(alliance.id(), alliance.shortName() + "-api-keeper", Role.ADMIN);
    worker = account(alliance.id(), alliance.shortName() + "-api-worker", Role.PRACTITIONER);
    commissioner = account(alliance.id(), alliance.shortName() + "-api-comm", Role.COMMISSIONER);
    var other = alliances.create();
    otherAllianceWorker = account(other.id(), other.shortName() + "-api-worker", Role.PRACTITIONER);
  }

  String account(java.util.UUID alliance, String username, Role role) {
    accounts.open(new NewAccount(username, PASSWORD, "API user", role, alliance, null, null));
    return username;
  }

  HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String field(String json, String name) {
    var matcher = java.util.regex.Pattern.compile("\"" + name + "\":\\s*\"?([^\",}]*)").matcher(json);
    return matcher.find() ? matcher.group(1) : null;
  }

  @Test
  void aPersonAddedThroughTheApiCanBeReadAndFound() throws Exception {
    HttpResponse<String> created = call(keeper, "POST", "/api/people", SAM);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = field(created.body(), "id");
    assertThat(created.headers().firstValue("Location")).hasValue("/api/people/" + id);
    assertThat(field(created.body(), "postcode")).isEqualTo("SW2 5RU");
    assertThat(call(keeper, "GET", "/api/people/" + id, null).statusCode()).isEqualTo(200);
    assertThat(call(keeper, "GET", "/api/people?q=9434765919", null).body()).contains(id);
  }

  @Test
  void anInvalidNhsNumberIsAProblemNamingTheFieldAndSavesNothing() throws Exception {
    HttpResponse<String> refused = call(keeper, "POST", "/api/people", SAM.replace("943 476 5919", "943 476 5918"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(refused.body()).contains("nhsNumber").contains("last digit does not match");
    assertThat(call(keeper, "GET", "/api/people?q=Okafor", null).body()).contains("\"total\":0");
  }

  @Test
  void aStaleVersionIsAConflictAndTheRecordIsUnchanged() throws Exception {
    String id = field(call(keeper, "POST", "/api/people", SAM).body(), "id");
    String update = SAM.replace("}", ", \"version\": 0}").replace("Cooking for friends", "Gardening");
    assertThat(call(keeper, "PUT", "/api/people/" + id, update).statusCode()).isEqualTo(200);

    HttpResponse<String> stale = call(keeper, "PUT", "/api/people/" + id, update.replace("Gardening", "Chess"));

    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(field(call(keeper, "GET", "/api/people/" + id, null).body(), "strengths")).isEqualTo("Gardening");
  }

  @Test
  void aWorkerWithNoRelationshipAddsAPersonAndFindsThemButCannotOpenTheRecord() throws Exception {
    HttpResponse<String> created = call(worker, "POST", "/api/people", SAM);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = field(created.body(), "id");
    assertThat(created.body()).doesNotContain("postcode");
    assertThat(call(worker, "GET", "/api/people?q=9434765919", null).body()).contains(id);
    HttpResponse<String> refused = call(worker, "GET", "/api/people/" + id, null);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("care team");
  }

  @Test
  void otherAlliancesCommissionersAndStrangersCannotReachTheRecord() throws Exception {
    String id = field(call(keeper, "POST", "/api/people", SAM).body(), "id");

    assertThat(call(otherAllianceWorker, "GET", "/api/people/" + id, null).statusCode()).isEqualTo(404);
    assertThat(call(commissioner, "GET", "/api/people/" + id, null).statusCode()).isEqualTo(403);
    assertThat(call(null, "GET", "/api/people/" + id, null).statusCode()).isEqualTo(401);
  }
}
