package org.bridgeway.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Occupancy on the last two month ends before today, worked by hand. E is the last month end, P the one before.
 * Oak House is residential care with 4 beds, the flats have 10 flats, and Elm Lodge, nursing care, has no
 * capacity set, so it is left out. The scene's two recovery houses (12 beds each, empty) are listed too.
 *
 * <pre>
 * Ann  Oak from P − 10, open                 spans both month ends: counted on P and E
 * Ben  Oak P − 5 to E                        ends on E: counted on P, not on E
 * Cy   Oak P − 20 to P                       ends on P: counted on neither
 * Di   Oak from E, open                      starts on E: counted on E
 * Ed   Oak from E, open                      starts on E: counted on E
 * Flo  flats from P + 1, open                counted on E
 * Gil  Elm from P − 30, open                 Elm has no capacity: not counted
 * </pre>
 * On P: Oak 2 of 4 = 50.0%, flats 0 of 10 = 0.0%. On E: Oak 3 of 4 (Ann, Di, Ed) = 75.0%, flats 1 of 10 = 10.0%.
 */
@BridgewayTest
class PlacesInUseTest {

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired PlacesInUse occupancy;

  Scene.Alliance alliance;
  LocalDate e;
  LocalDate p;

  @BeforeEach
  void setUp() {
    alliance = scene.create();
    e = YearMonth.from(scene.today()).minusMonths(1).atEndOfMonth();
    p = YearMonth.from(e).minusMonths(1).atEndOfMonth();
    UUID oak = service("Oak House", ServiceKind.RESIDENTIAL_CARE, 4, CapacityUnit.BEDS);
    UUID flats = service("Staffed flats", ServiceKind.STAFFED_FLATS, 10, CapacityUnit.FLATS);
    UUID elm = service("Elm Lodge", ServiceKind.NURSING_CARE, null, null);
    stay(oak, p.minusDays(10), null);
    stay(oak, p.minusDays(5), e);
    stay(oak, p.minusDays(20), p);
    stay(oak, e, null);
    stay(oak, e, null);
    stay(flats, p.plusDays(1), null);
    stay(elm, p.minusDays(30), null);
  }

  @Test
  void aStaySpanningTheMonthEndCountsAndOneEndingOnItDoesNot() {
    PlacesInUse.Occupancy o = occupancy.onPeriodEnds(alliance.admin, Span.MONTHS_12);
    assertThat(o.days()).hasSize(12).endsWith(p, e);
    assertThat(o.rows()).extracting(PlacesInUse.Row::kind).containsExactly(ServiceKind.RESIDENTIAL_CARE,
        ServiceKind.COMMUNITY_RECOVERY, ServiceKind.STAFFED_FLATS);
    PlacesInUse.Row oak = o.rows().get(0);
    assertThat(oak.places()).isEqualTo(4);
    assertThat(day(oak, p).inUse()).isEqualTo(2);
    assertThat(day(oak, p).percentText()).isEqualTo("50.0%");
    assertThat(day(oak, e).inUse()).isEqualTo(3);
    assertThat(day(oak, e).percentText()).isEqualTo("75.0%");
    assertThat(o.rows().get(1).places()).isEqualTo(24);
    assertThat(day(o.rows().get(1), e).inUse()).isZero();
    PlacesInUse.Row flats = o.rows().get(2);
    assertThat(day(flats, p).inUse()).isZero();
    assertThat(day(flats, e).inUse()).isEqualTo(1);
    assertThat(day(flats, e).percentText()).isEqualTo("10.0%");
  }

  @Test
  void commissionersSeeFewerThanFivePlacesInUse() {
    PlacesInUse.Row oak = occupancy.onPeriodEnds(alliance.user(Role.COMMISSIONER, null), Span.MONTHS_12).rows()
        .get(0);
    assertThat(day(oak, e).inUse()).isNull();
    assertThat(day(oak, e).inUseText()).isEqualTo("fewer than 5");
    assertThat(day(oak, e).percentText()).isEqualTo("not shown: small numbers");
    assertThat(day(oak, p.minusMonths(3)).inUseText()).isEqualTo("0");
  }

  static PlacesInUse.Day day(PlacesInUse.Row row, LocalDate day) {
    return row.days().stream().filter(d -> d.day().equals(day)).findFirst().orElseThrow();
  }

  UUID service(String name, ServiceKind kind, @Nullable Integer capacity, @Nullable CapacityUnit unit) {
    return services.add(alliance.admin, new ServiceDetails(alliance.ours, name, kind, false, capacity, unit, null,
        null, null, null, false, false, false, null, null, null, null));
  }

  void stay(UUID service, LocalDate from, @Nullable LocalDate to) {
    stays.record(alliance.admin, alliance.person(), new NewStay(service, from, null, null, to,
        to == null ? null : EndReason.MOVED_ON, null));
  }
}
