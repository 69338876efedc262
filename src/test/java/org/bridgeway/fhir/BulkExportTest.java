package org.bridgeway.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.referrals.ReferralStatus;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@BridgewayTest
class BulkExportTest {

  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Stays stays;
  @Autowired Services services;

  Scene.Alliance lambeth;
  CurrentUser admin;
  UUID sam;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    admin = lambeth.user(Role.ADMIN, null);
    sam = lambeth.person();
    lambeth.referral(sam, ReferralStatus.AWAITING_PANEL);
    stays.record(lambeth.admin, sam, new NewStay(lambeth.ourService, LocalDate.of(2026, 3, 2), null, null, null,
        null, null));
    services.add(lambeth.admin, new ServiceDetails(lambeth.ours, "Brixton hub", ServiceKind.DROP_IN, false, null,
        null, null, null, null, null, false, false, false, "1 Acre Lane", "SW2 5RU", null, null));
  }

  HttpResponse<String> call(String method, String url, CurrentUser user, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url
            : "http://localhost:" + port + url)).method(method, HttpRequest.BodyPublishers.noBody())
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user.username() + ":" + Scene.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  String kickOff(CurrentUser user, String query) throws Exception {
    HttpResponse<String> answer = call("GET", "/fhir/$export" + query, user, "Prefer", "respond-async",
        "Accept", "application/fhir+json");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    return answer.headers().firstValue("Content-Location").orElseThrow();
  }

  JsonNode manifest(CurrentUser user, String status) throws Exception {
    for (int tries = 0; tries < 300; tries++) {
      HttpResponse<String> answer = call("GET", status, user);
      if (answer.statusCode() == 200) {
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return JSON.readTree(answer.body());
      }
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
      assertThat(answer.headers().firstValue("X-Progress")).isPresent();
      Thread.sleep(100);
    }
    throw new AssertionError("The export did not finish in 30 seconds");
  }

  @Test
  void anExportRunsInTheBackgroundAndEveryLineOfEveryFileValidatesAgainstUkCore() throws Exception {
    String status = kickOff(admin, "");
    assertThat(status).matches("http://localhost:" + port + "/fhir/bulk-export/[0-9a-f-]{36}");

    JsonNode manifest = manifest(admin, status);
    assertThat(manifest.get("requiresAccessToken").asBoolean()).isTrue();
    assertThat(manifest.get("request").asString()).endsWith("/fhir/$export");
    assertThat(manifest.get("transactionTime").asString()).isNotBlank();
    assertThat(manifest.get("error").size()).isZero();
    Map<String, Integer> counts = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (JsonNode output : manifest.get("output")) {
      HttpResponse<String> file = call("GET", output.get("url").asString(), admin);
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/fhir+ndjson");
      List<String> lines = file.body().lines().toList();
      assertThat(lines).hasSize(output.get("count").asInt());
      for (String line : lines) {
        IBaseResource resource = FhirClients.FHIR.newJsonParser().parseResource(line);
        assertThat(resource.fhirType()).isEqualTo(output.get("type").asString());
        UkCoreValidation.errors(resource).forEach(e -> problems.add(resource.fhirType() + ": " + e));
      }
      counts.put(output.get("type").asString(), lines.size());
    }
    // The scene's alliance: two partners, each with a recovery house, and a hub with an address (three
    // HealthcareServices, one Location); Sam, with one stay, one referral (and its consent to share) and a care
    // team. He has no contacts, plans or outcome measures, so those types have no file in the manifest.
    assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("Organization", 2, "HealthcareService", 3,
        "Location", 1, "Patient", 1, "EpisodeOfCare", 1, "ServiceRequest", 1, "CareTeam", 1, "Consent", 1));
    assertThat(problems).isEmpty();
  }

  @Test
  void theTypeParameterChoosesTheFilesAndAnUnknownTypeIsRefused() throws Exception {
    JsonNode manifest = manifest(admin, kickOff(admin, "?_type=Patient,EpisodeOfCare"));
    List<String> types = new ArrayList<>();
    manifest.get("output").forEach(o -> types.add(o.get("type").asString()));
    assertThat(types).containsExactlyInAnyOrder("Patient", "EpisodeOfCare");

    HttpResponse<String> refused = call("GET", "/fhir/$export?_type=Medication", admin, "Prefer", "respond-async");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("OperationOutcome").contains("Medication");
  }

  @Test
  void aKickOffWithoutRespondAsyncIsRefused() throws Exception {
    HttpResponse<String> refused = call("GET", "/fhir/$export", admin);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("respond-async");
  }

  @Test
  void noOneOfAnotherAllianceNorAnotherWorkerCanReadTheStatusOrTheFilesOrCancel() throws Exception {
    String status = kickOff(admin, "?_type=Patient");
    JsonNode manifest = manifest(admin, status);
    String file = manifest.get("output").get(0).get("url").asString();
    CurrentUser leedsAdmin = scene.create().user(Role.ADMIN, null);
    CurrentUser colleague = lambeth.user(Role.MANAGER, null);

    for (CurrentUser other : List.of(leedsAdmin, colleague)) {
      assertThat(call("GET", status, other).statusCode()).isEqualTo(404);
      assertThat(call("GET", file, other).statusCode()).isEqualTo(404);
      assertThat(call("DELETE", status, other).statusCode()).isEqualTo(404);
    }
    assertThat(call("GET", file, admin).body()).contains(sam.toString());
  }

  @Test
  void anAdministratorOfTheAllianceMaySeeAWorkersExportAndCancellingEndsIt() throws Exception {
    CurrentUser manager = lambeth.user(Role.MANAGER, null);
    String status = kickOff(manager, "?_type=Organization");
    manifest(manager, status);

    assertThat(call("GET", status, admin).statusCode()).isEqualTo(200);
    assertThat(call("DELETE", status, manager).statusCode()).isEqualTo(202);
    assertThat(call("GET", status, manager).statusCode()).isEqualTo(404);
    assertThat(call("DELETE", status, manager).statusCode()).isEqualTo(404);
  }

}
