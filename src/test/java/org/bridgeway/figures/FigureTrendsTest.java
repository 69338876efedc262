package org.bridgeway.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.shared.AccessDenied;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each point of a figure over time is the figure the dashboard gives for that period. Q is the last full quarter
 * before today. Six people live at Oak House (residential care) from Q's start − 400 days; two of them leave on
 * Q's start for the rehabilitation ward (stepped up), and one more arrives at the ward on Q's start + 10 days.
 * On the last day of Q: 4 placements; on the last day of the quarter a year before: 6, so the target for Q
 * (50% fewer than the baseline) is 3.0.
 */
@BridgewayTest
class FigureTrendsTest {

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired FigureTrends trends;
  @Autowired AllianceFigures figures;

  Scene.Alliance alliance;
  Period q;

  @BeforeEach
  void setUp() {
    alliance = scene.create();
    q = Period.lastFullQuarter(scene.today());
    UUID oak = service("Oak House", ServiceKind.RESIDENTIAL_CARE);
    UUID ward = service("Rehabilitation ward", ServiceKind.INPATIENT_REHABILITATION);
    for (int i = 0; i < 6; i++) {
      UUID person = alliance.person();
      if (i < 2) {
        stay(person, oak, q.start().minusDays(400), q.start(), EndReason.STEPPED_UP);
        stay(person, ward, q.start(), null, null);
      } else {
        stay(person, oak, q.start().minusDays(400), null, null);
      }
    }
    stay(alliance.person(), ward, q.start().plusDays(10), null, null);
  }

  @Test
  void eachPointIsTheDashboardsFigureForItsPeriod() {
    for (FigureId id : List.of(FigureId.RESIDENTIAL_PLACEMENTS, FigureId.REHAB_ADMISSIONS, FigureId.CASELOAD,
        FigureId.WAITING_DECISION_MEDIAN, FigureId.WORKFORCE_HEADCOUNT)) {
      FigureTrends.Trend trend = trends.trend(alliance.admin, id, Span.QUARTERS_8, Filters.none());
      assertThat(trend.points()).hasSize(8);
      for (FigureTrends.Point point : trend.points()) {
        Figure f = find(figures.compute(alliance.admin, point.period(), point.period().yearEarlier(),
            Filters.none()), id);
        assertThat(point.valueText()).as(id + " " + point.period().text()).isEqualTo(f.valueText());
      }
    }
  }

  @Test
  void theLastQuarterWorkedByHandWithItsTarget() {
    FigureTrends.Trend trend = trends.trend(alliance.admin, FigureId.RESIDENTIAL_PLACEMENTS, Span.QUARTERS_8,
        Filters.none());
    FigureTrends.Point last = trend.points().get(7);
    assertThat(last.period()).isEqualTo(q);
    assertThat(last.value()).isEqualByComparingTo("4");
    assertThat(trend.hasTarget()).isTrue();
    assertThat(last.target()).isEqualByComparingTo(new BigDecimal("3.0"));
    FigureTrends.Point admissions = trends.trend(alliance.admin, FigureId.REHAB_ADMISSIONS, Span.QUARTERS_8,
        Filters.none()).points().get(7);
    assertThat(admissions.value()).isEqualByComparingTo("3");
    assertThat(admissions.targetText()).isEqualTo("none set");
  }

  @Test
  void monthsAreWholeCalendarMonths() {
    List<FigureTrends.Point> points = trends.trend(alliance.admin, FigureId.REHAB_ADMISSIONS, Span.MONTHS_24,
        Filters.none()).points();
    assertThat(points).hasSize(24);
    LocalDate lastMonthEnd = scene.today().withDayOfMonth(1).minusDays(1);
    assertThat(points.get(23).period()).isEqualTo(new Period(lastMonthEnd.withDayOfMonth(1), lastMonthEnd));
  }

  @Test
  void commissionersSeeFewerThanFiveAndPractitionersNothing() {
    FigureTrends.Point last = trends.trend(alliance.user(Role.COMMISSIONER, null), FigureId.RESIDENTIAL_PLACEMENTS,
        Span.QUARTERS_8, Filters.none()).points().get(7);
    assertThat(last.value()).isNull();
    assertThat(last.valueText()).isEqualTo("fewer than 5");
    assertThat(last.targetText()).isEqualTo("3.0");
    assertThatThrownBy(() -> trends.trend(alliance.user(Role.PRACTITIONER, null), FigureId.CASELOAD,
        Span.QUARTERS_8, Filters.none())).isInstanceOf(AccessDenied.class);
  }

  static Figure find(List<Figure> all, FigureId id) {
    return all.stream().filter(f -> f.id().equals(id.id())).findFirst().orElseThrow();
  }

  UUID service(String name, ServiceKind kind) {
    return services.add(alliance.admin, new ServiceDetails(alliance.ours, name, kind, false, null, null, null, null,
        null, null, false, false, false, null, null, null, null));
  }

  void stay(UUID person, UUID service, LocalDate from, @Nullable LocalDate to, @Nullable EndReason reason) {
    stays.record(alliance.admin, person, new NewStay(service, from, null, null, to, reason, null));
  }
}
