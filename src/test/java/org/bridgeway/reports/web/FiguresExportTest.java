package org.bridgeway.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
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
 * The dashboard's table downloaded with the dashboard's own query. Two people have been in Oak House, residential
 * care, since 1 March 2025: on 30 June 2025, the last day of the quarter asked for, 2 placements; a year earlier
 * none. A commissioner's download says "fewer than 5" instead; a bad field is refused as on the dashboard.
 */
@BridgewayTest
class FiguresExportTest {

  static final String QUARTER = "startDay=1&startMonth=4&startYear=2025&endDay=30&endMonth=6&endYear=2025";

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
  void aManagersCsvHasTheFiguresOfThePeriodAskedFor() {
    HttpResponse<String> csv = caller(Role.MANAGER).call("GET", "/reports/figures.csv?" + QUARTER, false);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains("residential-placements,Residential placements in use,2,0,");
  }

  @Test
  void aCommissionersCsvSaysFewerThanFive() {
    String csv = caller(Role.COMMISSIONER).call("GET", "/reports/figures.csv?" + QUARTER, false).body();
    assertThat(csv).contains("residential-placements,Residential placements in use,fewer than 5,");
  }

  @Test
  void aBadFieldIsABadRequest() {
    Caller manager = caller(Role.MANAGER);
    assertThat(manager.call("GET", "/reports/figures.csv?" + QUARTER + "&serviceKind=CASTLE", false)
        .statusCode()).isEqualTo(400);
    assertThat(manager.call("GET", "/reports/figures.xlsx?startDay=30&startMonth=6&startYear=2025&endDay=1"
        + "&endMonth=4&endYear=2025", false).statusCode()).isEqualTo(400);
  }

  Caller caller(Role role) {
    return Caller.signedIn(port, accounts.open(alliance.test, role));
  }
}
