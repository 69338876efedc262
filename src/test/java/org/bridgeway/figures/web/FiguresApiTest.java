package org.bridgeway.figures.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.access.Caller;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The figures over JSON. Two people have been in Oak House, residential care, since 1 March 2025: on 30 June
 * 2025, the last day of the quarter asked for, 2 placements; a year earlier none. Commissioners see "fewer than 5".
 */
@BridgewayTest
class FiguresApiTest {

  static final String QUARTER = "/api/figures?start=2025-04-01&end=2025-06-30";

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired TestAccounts accounts;

  Scene.Alliance alliance;

  @BeforeEach
  void setUp() {
    alliance = scene.create();
    UUID oak = services.add(alliance.admin, new ServiceDetails(alliance.ours, "Oak House",
        ServiceKind.RESIDENTIAL_CARE, false, null, null, null, null, null, null, false, false, false, null, null,
        null, null));
    for (int i = 0; i < 2; i++) {
      stays.record(alliance.admin, alliance.person(), new NewStay(oak, LocalDate.of(2025, 3, 1), null, null));
    }
  }

  @Test
  void aManagerGetsEveryFigureWithItsIdDefinitionAndValues() {
    HttpResponse<String> answer = caller(Role.MANAGER).call("GET", QUARTER, false);

    assertThat(answer.statusCode()).isEqualTo(200);
    String placements = figure(answer.body(), "residential-placements");
    assertThat(placements).contains("\"title\":\"Residential placements in use\"", "\"value\":2,",
        "\"baselineValue\":0,", "\"change\":null", "\"changeText\":\"no baseline\"", "\"suppressed\":false",
        "\"target\":\"50% fewer than the baseline\"");
    assertThat(answer.body()).contains("\"id\":\"rehab-admissions\"", "\"id\":\"moved-on\"",
        "\"id\":\"waiting-decision-median\"", "\"id\":\"cost-of-care\"", "\"unit\":\"PENCE\"");
  }

  @Test
  void aCommissionerSeesTwoPlacementsAsFewerThanFive() {
    String placements = figure(caller(Role.COMMISSIONER).call("GET", QUARTER, false).body(),
        "residential-placements");
    assertThat(placements).contains("\"value\":null", "\"valueText\":\"fewer than 5\"", "\"suppressed\":true",
        "\"status\":\"NOT_COMPARED\"");
  }

  @Test
  void aPeriodEndingBeforeItStartsIsABadRequest() {
    HttpResponse<String> answer = caller(Role.MANAGER).call("GET", "/api/figures?start=2025-06-30&end=2025-04-01",
        false);
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("application/problem+json"));
    assertThat(answer.body()).contains("The last day must be on or after the first day");
  }

  @Test
  void anUnknownFilterIsABadRequest() {
    Caller manager = caller(Role.MANAGER);
    assertThat(manager.call("GET", QUARTER + "&organisation=" + UUID.randomUUID(), false).statusCode())
        .isEqualTo(400);
    assertThat(manager.call("GET", QUARTER + "&serviceKind=CASTLE", false).statusCode()).isEqualTo(400);
    assertThat(manager.call("GET", QUARTER + "&service=not-an-id", false).statusCode()).isEqualTo(400);
  }

  @Test
  void aPractitionerMayNotReadTheFigures() {
    assertThat(caller(Role.PRACTITIONER).call("GET", QUARTER, false).statusCode()).isEqualTo(403);
  }

  @Test
  void theOpenApiDocumentDescribesTheFigures() {
    HttpResponse<String> docs = Caller.anonymous(port).call("GET", "/v3/api-docs", false);
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("\"/api/figures\"", "baselineStart", "serviceKind");
  }

  Caller caller(Role role) {
    return Caller.signedIn(port, accounts.open(alliance.test, role));
  }

  /** The JSON object of one figure, from its id to its closing brace. */
  static String figure(String body, String id) {
    Matcher m = Pattern.compile("\\{\"id\":\"" + Pattern.quote(id) + "\"[^}]*}").matcher(body);
    assertThat(m.find()).as(id + " in " + body).isTrue();
    return m.group();
  }
}
