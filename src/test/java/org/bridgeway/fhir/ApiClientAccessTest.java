package org.bridgeway.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.ApiClients;
import org.bridgeway.access.ApiScopes;
import org.bridgeway.access.NewApiClient;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.careteam.Scene;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A partner system as it would really call: it asks {@code /oauth2/token} for a token with its client id and
 * secret, then calls the FHIR API with HAPI's client and the bearer token.
 */
@BridgewayTest
class ApiClientAccessTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired ApiClients clients;
  @Autowired AuditTrail audit;

  Scene.Alliance lambeth;
  Scene.Alliance leeds;
  UUID sam;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    leeds = scene.create();
    sam = lambeth.person();
  }

  @Test
  void aClientGetsAFiveMinuteTokenCarryingItsAllianceAndScopesAndReadsAPatientOfItsAlliance() throws Exception {
    NewApiClient client = clients.register(lambeth.admin, "Trust clinical record", List.of(ApiScopes.READ_ALL));

    HttpResponse<String> answer = tokenRequest(client.client().clientId(), client.secret(), null);
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.get("expires_in").asInt()).isBetween(290, 300);
    JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(body.get("access_token").asText().split("\\.")[1]));
    assertThat(claims.get("alliance_id").asText()).isEqualTo(lambeth.test.id().toString());
    assertThat(claims.get("client_id").asText()).isEqualTo(client.client().clientId());
    assertThat(claims.get("scope").toString()).contains("system/*.read");

    Patient patient = FhirClients.bearer(port, body.get("access_token").asText()).read().resource(Patient.class)
        .withId(sam.toString()).execute();
    assertThat(patient.getIdElement().getIdPart()).isEqualTo(sam.toString());
  }

  @Test
  void everyReadByAClientIsAuditedAsAViewNamingTheClient() {
    NewApiClient client = clients.register(lambeth.admin, "Council social care", List.of(ApiScopes.read("Patient")));
    IGenericClient fhir = FhirClients.bearer(port, token(client, null));

    fhir.read().resource(Patient.class).withId(sam.toString()).execute();

    assertThat(audit.ofPerson(lambeth.test.id(), sam, null, 0, 10).items())
        .anyMatch(e -> e.action() == AuditAction.VIEW && e.actor().equals("client:" + client.client().clientId()));
  }

  @Test
  void aClientOfAnotherAllianceFindsNothingOfThisAllianceWhateverIdItTries() {
    NewApiClient theirs = clients.register(leeds.admin, "Leeds partner", List.of(ApiScopes.READ_ALL));
    IGenericClient fhir = FhirClients.bearer(port, token(theirs, null));

    assertThatThrownBy(() -> fhir.read().resource(Patient.class).withId(sam.toString()).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> fhir.read().resource(Organization.class).withId(lambeth.ours.toString()).execute())
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(fhir.search().byUrl("EpisodeOfCare?patient=Patient/" + sam).returnBundle(Bundle.class).execute()
        .getEntry()).isEmpty();
    Bundle found = fhir.search().byUrl("Patient?name=okafor").returnBundle(Bundle.class).execute();
    assertThat(PatientResourceTest.ids(found)).doesNotContain(sam.toString());
    Bundle organisations = fhir.search().byUrl("Organization").returnBundle(Bundle.class).execute();
    assertThat(PatientResourceTest.ids(organisations)).doesNotContain(lambeth.ours.toString(),
        lambeth.theirs.toString());
  }

  @Test
  void aReadOfATypeTheScopesDoNotCoverIsForbiddenWithAnOperationOutcome() {
    NewApiClient client = clients.register(lambeth.admin, "Stays only", List.of(ApiScopes.read("EpisodeOfCare")));
    IGenericClient fhir = FhirClients.bearer(port, token(client, null));

    assertThatThrownBy(() -> fhir.read().resource(Patient.class).withId(sam.toString()).execute())
        .isInstanceOfSatisfying(ForbiddenOperationException.class, e -> assertThat(
            ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
            .contains("system/Patient.read"));
    assertThatThrownBy(() -> fhir.search().byUrl("Patient?name=okafor").returnBundle(Bundle.class).execute())
        .isInstanceOf(ForbiddenOperationException.class);
    assertThat(fhir.search().byUrl("EpisodeOfCare?patient=Patient/" + sam).returnBundle(Bundle.class).execute()
        .getEntry()).isEmpty();
    // Writing is by bundle: a transaction carrying a stay needs a write scope for EpisodeOfCare, which it lacks.
    Bundle write = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    write.addEntry().setFullUrl("urn:uuid:" + java.util.UUID.randomUUID())
        .setResource(new EpisodeOfCare().setPatient(new org.hl7.fhir.r4.model.Reference("Patient/" + sam)))
        .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("EpisodeOfCare");
    assertThatThrownBy(() -> fhir.transaction().withBundle(write).execute())
        .isInstanceOfSatisfying(ForbiddenOperationException.class, e -> assertThat(
            ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
            .contains("system/EpisodeOfCare.write"));
  }

  @Test
  void aTokenAskedForWithFewerScopesCarriesOnlyThoseAndAScopeNeverGivenIsRefused() throws Exception {
    NewApiClient client = clients.register(lambeth.admin, "Two scopes",
        List.of(ApiScopes.read("Patient"), ApiScopes.read("Organization")));
    IGenericClient fhir = FhirClients.bearer(port, token(client, "system/Organization.read"));

    assertThatThrownBy(() -> fhir.read().resource(Patient.class).withId(sam.toString()).execute())
        .isInstanceOf(ForbiddenOperationException.class);
    assertThat(fhir.read().resource(Organization.class).withId(lambeth.ours.toString()).execute().getName())
        .isEqualTo("Thames Reach");
    HttpResponse<String> refused = tokenRequest(client.client().clientId(), client.secret(), "system/*.write");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("invalid_scope");
  }

  @Test
  void aWrongSecretOrUnknownClientGetsNoTokenAndAFalseTokenIsRefused() throws Exception {
    NewApiClient client = clients.register(lambeth.admin, "Trust", List.of(ApiScopes.READ_ALL));

    assertThat(tokenRequest(client.client().clientId(), client.secret() + "x", null).statusCode()).isEqualTo(401);
    assertThat(tokenRequest("bw-nobody", client.secret(), null).statusCode()).isEqualTo(401);
    IGenericClient fhir = FhirClients.bearer(port, "not.a.token");
    assertThatThrownBy(() -> fhir.read().resource(Patient.class).withId(sam.toString()).execute())
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void aRevokedClientGetsNoNewTokenAndTheTokenItHoldsIsRefusedAtOnce() throws Exception {
    NewApiClient client = clients.register(lambeth.admin, "Old charity tool", List.of(ApiScopes.READ_ALL));
    IGenericClient fhir = FhirClients.bearer(port, token(client, null));
    fhir.read().resource(Patient.class).withId(sam.toString()).execute();

    clients.revoke(lambeth.admin, client.client().id(), "The charity stopped using the tool");

    assertThatThrownBy(() -> fhir.read().resource(Patient.class).withId(sam.toString()).execute())
        .isInstanceOf(AuthenticationException.class);
    assertThat(tokenRequest(client.client().clientId(), client.secret(), null).statusCode()).isEqualTo(401);
    assertThat(clients.get(lambeth.admin, client.client().id()).revokeReason())
        .isEqualTo("The charity stopped using the tool");
    assertThat(audit.page(lambeth.test.id(), null, 0, 50).items())
        .filteredOn(e -> e.subjectType().equals("ApiClient")).extracting(e -> e.action())
        .containsExactly(AuditAction.VOID, AuditAction.CREATE);
  }

  @Test
  void theTokenEndpointGrantsClientCredentialsOnly() throws Exception {
    NewApiClient client = clients.register(lambeth.admin, "Trust", List.of(ApiScopes.READ_ALL));
    HttpResponse<String> answer = post("/oauth2/token", client.client().clientId(), client.secret(),
        "grant_type=password&username=lambeth-admin&password=x");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("unsupported_grant_type");
  }

  private String token(NewApiClient client, String scope) {
    try {
      HttpResponse<String> answer = tokenRequest(client.client().clientId(), client.secret(), scope);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      return JSON.readTree(answer.body()).get("access_token").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> tokenRequest(String clientId, String secret, String scope) throws Exception {
    return post("/oauth2/token", clientId, secret,
        "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + scope.replace("/", "%2F")
            .replace("*", "%2A")));
  }

  private HttpResponse<String> post(String path, String clientId, String secret, String form) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
