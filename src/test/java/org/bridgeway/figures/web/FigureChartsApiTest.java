package org.bridgeway.figures.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.access.Caller;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.figures.Period;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The charts and the drill-down over JSON give the numbers their pages show. Two people have lived at Oak House
 * (residential care, 6 beds) since three years before the last full quarter began, and nobody else stays
 * anywhere (the scene's recovery houses stand empty). So on the last day of each of the last 8 quarters: 2
 * residential placements, and a year earlier 2 as well, so each quarter's target ("50% fewer than the baseline")
 * is 2 × 50% = 1.0; residential care has 2 of its 6 places in use, 2 ÷ 6 = 33.3%. Behind the placements of the
 * last full quarter are those 2 stays. A commissioner sees 2 as "fewer than 5" with no number, and is refused
 * the records.
 */
@BridgewayTest
class FigureChartsApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired TestAccounts accounts;

  Scene.Alliance alliance;
  Period quarter;

  @BeforeEach
  void setUp() {
    alliance = scene.create();
    UUID oak = services.add(alliance.admin, new ServiceDetails(alliance.ours, "Oak House",
        ServiceKind.RESIDENTIAL_CARE, false, 6, CapacityUnit.BEDS, null, null, null, null, false, false, false, null,
        null, null, null));
    quarter = Period.lastFullQuarter(scene.today());
    for (int i = 0; i < 2; i++) {
      stays.record(alliance.admin, alliance.person(), new NewStay(oak, quarter.start().minusYears(3), null, null));
    }
  }

  @Test
  void theTrendsJsonIsTheTableOnItsPage() throws Exception {
    String query = "?figure=residential-placements&span=8-quarters";
    Caller manager = caller(Role.MANAGER);
    HttpResponse<String> answer = manager.call("GET", "/api/figures/charts/trend" + query, false);
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode trend = JSON.readTree(answer.body());

    assertThat(trend.get("figure").asText()).isEqualTo("residential-placements");
    assertThat(trend.get("points")).hasSize(8);
    List<List<String>> fromJson = new ArrayList<>();
    for (JsonNode p : trend.get("points")) {
      assertThat(p.get("value").decimalValue()).isEqualByComparingTo("2");
      assertThat(p.get("target").decimalValue()).isEqualByComparingTo("1.0");
      fromJson.add(List.of(text(p.get("start"), p.get("end")), p.get("valueText").asText(),
          p.get("targetText").asText()));
    }
    assertThat(fromJson.get(7).get(0)).isEqualTo(quarter.text());
    assertThat(rows(manager.call("GET", "/figures/charts/trend" + query, false).body(), "points"))
        .isEqualTo(fromJson);
  }

  @Test
  void theOccupancyJsonIsTheTableOnItsPageAndSaysPlacesAreAsSetToday() throws Exception {
    Caller manager = caller(Role.MANAGER);
    JsonNode occupancy = JSON.readTree(manager.call("GET", "/api/figures/charts/occupancy", false).body());

    assertThat(occupancy.get("placesAsSetToday").asBoolean()).isTrue();
    List<List<String>> fromJson = new ArrayList<>();
    int residential = 0;
    for (JsonNode row : occupancy.get("rows")) {
      for (JsonNode d : row.get("days")) {
        fromJson.add(List.of(LocalDate.parse(d.get("day").asText()).format(DAY), row.get("kindLabel").asText(),
            d.get("inUseText").asText(), d.get("places").asText(), d.get("percentText").asText()));
        if (row.get("kind").asText().equals("RESIDENTIAL_CARE")) {
          residential++;
          assertThat(d.get("inUse").asLong()).isEqualTo(2);
          assertThat(d.get("places").asLong()).isEqualTo(6);
          assertThat(d.get("percent").decimalValue()).isEqualByComparingTo("33.3");
        }
      }
    }
    assertThat(residential).isEqualTo(8);
    String page = manager.call("GET", "/figures/charts/occupancy", false).body();
    assertThat(rows(page, "occupancy")).isEqualTo(fromJson);
    assertThat(page).contains("places as set today");
  }

  @Test
  void aCommissionerGetsFewerThanFiveWithNoNumber() throws Exception {
    Caller commissioner = caller(Role.COMMISSIONER);
    JsonNode trend = JSON.readTree(commissioner.call("GET",
        "/api/figures/charts/trend?figure=residential-placements", false).body());
    for (JsonNode p : trend.get("points")) {
      assertThat(p.get("value").isNull()).isTrue();
      assertThat(p.get("valueText").asText()).isEqualTo("fewer than 5");
    }
    JsonNode day = null;
    for (JsonNode row : JSON.readTree(commissioner.call("GET", "/api/figures/charts/occupancy", false).body())
        .get("rows")) {
      if (row.get("kind").asText().equals("RESIDENTIAL_CARE")) {
        day = row.get("days").get(0);
      }
    }
    assertThat(day).isNotNull();
    assertThat(day.get("inUse").isNull()).isTrue();
    assertThat(day.get("percent").isNull()).isTrue();
    assertThat(day.get("inUseText").asText()).isEqualTo("fewer than 5");
  }

  @Test
  void theRecordsJsonListsTheStaysBehindTheFigure() throws Exception {
    String query = "?start=" + quarter.start() + "&end=" + quarter.end();
    Caller admin = caller(Role.ADMIN);
    JsonNode figures = JSON.readTree(admin.call("GET", "/api/figures" + query, false).body());
    JsonNode placements = null;
    for (JsonNode f : figures) {
      if (f.get("id").asText().equals("residential-placements")) {
        placements = f;
      }
    }
    assertThat(placements).isNotNull();
    assertThat(placements.get("value").asLong()).isEqualTo(2);

    HttpResponse<String> answer = admin.call("GET", "/api/figures/residential-placements/records" + query, false);
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode records = JSON.readTree(answer.body());
    assertThat(records.get("total").asLong()).isEqualTo(2);
    assertThat(records.get("records")).hasSize(2);
    for (JsonNode r : records.get("records")) {
      assertThat(r.get("shown").asBoolean()).isTrue();
      assertThat(r.get("cells").get(0).asText()).isEqualTo("Oak House");
      assertThat(r.get("cells").get(1).asText()).isEqualTo(quarter.start().minusYears(3).format(DAY));
      assertThat(r.get("cells").get(2).asText()).isEqualTo("Open");
    }
    assertThat(records.get("headings").get(0).asText()).isEqualTo("Service");
  }

  @Test
  void commissionersAndPractitionersAreRefusedTheRecordsAndPractitionersTheCharts() {
    String records = "/api/figures/residential-placements/records";
    assertThat(caller(Role.COMMISSIONER).call("GET", records, false).statusCode()).isEqualTo(403);
    assertThat(caller(Role.PRACTITIONER).call("GET", records, false).statusCode()).isEqualTo(403);
    for (String chart : List.of("trend", "occupancy", "flow", "waiting")) {
      assertThat(caller(Role.PRACTITIONER).call("GET", "/api/figures/charts/" + chart, false).statusCode())
          .as(chart).isEqualTo(403);
      assertThat(caller(Role.COMMISSIONER).call("GET", "/api/figures/charts/" + chart, false).statusCode())
          .as(chart).isEqualTo(200);
    }
  }

  @Test
  void anUnknownFigureIsABadRequestAndUnknownRecordsNotFound() {
    Caller manager = caller(Role.MANAGER);
    assertThat(manager.call("GET", "/api/figures/charts/trend?figure=castles", false).statusCode())
        .isEqualTo(400);
    assertThat(manager.call("GET", "/api/figures/castles/records", false).statusCode()).isEqualTo(404);
    assertThat(manager.call("GET", "/api/figures/charts/trend?serviceKind=CASTLE", false).statusCode())
        .isEqualTo(400);
  }

  @Test
  void theOpenApiDocumentDescribesTheChartsAndRecords() {
    String docs = Caller.anonymous(port).call("GET", "/v3/api-docs", false).body();
    assertThat(docs).contains("\"/api/figures/charts/trend\"", "\"/api/figures/charts/flow\"",
        "\"/api/figures/{figureId}/records\"");
  }

  Caller caller(Role role) {
    return Caller.signedIn(port, accounts.open(alliance.test, role));
  }

  static String text(JsonNode start, JsonNode end) {
    return new Period(LocalDate.parse(start.asText()), LocalDate.parse(end.asText())).text();
  }

  /** The texts of the cells of each row of the body of the table with the id. */
  static List<List<String>> rows(String html, String id) {
    Matcher table = Pattern.compile("<table[^>]*id=\"" + id + "\"[^>]*>.*?<tbody[^>]*>(.*?)</tbody>",
        Pattern.DOTALL).matcher(html);
    assertThat(table.find()).as("table " + id).isTrue();
    List<List<String>> rows = new ArrayList<>();
    Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table.group(1));
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
      while (cell.find()) {
        cells.add(cell.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&#39;", "'").trim());
      }
      rows.add(cells);
    }
    return rows;
  }
}
