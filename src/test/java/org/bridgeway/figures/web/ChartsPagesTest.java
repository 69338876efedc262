package org.bridgeway.figures.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.access.Caller;
import org.bridgeway.access.Role;
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
 * Who may open the charts and their pictures. Two people have lived at Oak House (residential care) since
 * long before the last full quarter: 2 placements, which a commissioner sees as "fewer than 5".
 */
@BridgewayTest
class ChartsPagesTest {

  static final List<String> PAGES = List.of("/figures/charts", "/figures/charts/trend", "/figures/charts/occupancy",
      "/figures/charts/flow", "/figures/charts/waiting", "/figures/charts/spend");
  static final List<String> PICTURES = List.of("/figures/charts/trend.svg", "/figures/charts/occupancy.svg",
      "/figures/charts/flow.svg", "/figures/charts/waiting.svg");

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
        ServiceKind.RESIDENTIAL_CARE, false, 6, org.bridgeway.alliance.CapacityUnit.BEDS, null, null, null, null,
        false, false, false, null, null, null, null));
    LocalDate start = Period.lastFullQuarter(scene.today()).start().minusYears(3);
    for (int i = 0; i < 2; i++) {
      stays.record(alliance.admin, alliance.person(), new NewStay(oak, start, null, null));
    }
  }

  @Test
  void managersOpenEveryChartAndItsPicture() {
    Caller manager = caller(Role.MANAGER);
    for (String page : PAGES) {
      assertThat(manager.call("GET", page, false).statusCode()).as(page).isEqualTo(200);
    }
    for (String picture : PICTURES) {
      HttpResponse<String> svg = manager.call("GET", picture, false);
      assertThat(svg.statusCode()).as(picture).isEqualTo(200);
      assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
          .startsWith("image/svg+xml"));
      assertThat(svg.body()).contains("<svg role=\"img\"", "<title>", "<desc>");
    }
  }

  @Test
  void practitionersAreForbiddenAndPeopleWhoUseServicesAreToldNotFound() {
    Caller practitioner = caller(Role.PRACTITIONER);
    for (String route : concat()) {
      assertThat(practitioner.call("GET", route, false).statusCode()).as(route).isEqualTo(403);
    }
    Caller person = caller(Role.PERSON);
    for (String route : concat()) {
      assertThat(person.call("GET", route, false).statusCode()).as(route).isIn(403, 404);
    }
  }

  @Test
  void commissionersSeeSmallNumbersSuppressed() {
    Caller commissioner = caller(Role.COMMISSIONER);
    String trend = commissioner.call("GET", "/figures/charts/trend?figure=residential-placements&span=8-quarters",
        false).body();
    assertThat(trend).contains("fewer than 5", "Any count from 1 to 4 shows as");
    String occupancy = commissioner.call("GET", "/figures/charts/occupancy", false).body();
    assertThat(occupancy).contains("fewer than 5", "not shown: small numbers");
    String managers = caller(Role.MANAGER).call("GET", "/figures/charts/occupancy", false).body();
    assertThat(managers).contains("33.3%").doesNotContain("fewer than 5");
  }

  @Test
  void anUnknownFigureIsShownBesideItsField() {
    String page = caller(Role.MANAGER).call("GET", "/figures/charts/trend?figure=castles", false).body();
    assertThat(page).contains("Select a figure from the list", "Residential placements in use");
  }

  List<String> concat() {
    return java.util.stream.Stream.concat(PAGES.stream(), PICTURES.stream()).toList();
  }

  Caller caller(Role role) {
    return Caller.signedIn(port, accounts.open(alliance.test, role));
  }
}
