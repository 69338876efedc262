package org.bridgeway.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Lengths of stay on 10 May 2026, for stays that ended from 11 May 2025 to 10 May 2026.
 *
 * <pre>
 * Cedar recovery (intended at most 10 days), stays open on the day; days so far = 10 May − start + 1:
 *   Kemi  from 30 Apr: 11 days, overdue by 1
 *   Lanre from  1 May: 10 days, exactly at the maximum, not overdue
 *   Musa  from 20 Apr: 21 days, overdue by 11 (listed first)
 *   open stays, in order 10, 11, 21: n = 3; nearest rank: lower quartile rank ⌈0.75⌉ = 1 → 10,
 *   median rank ⌈1.5⌉ = 2 → 11, upper quartile rank ⌈2.25⌉ = 3 → 21; within 10 days: 1 of 3 = 33.3%
 * Ash house (intended at most 200 days), stays that ended, length = end − start:
 *   20 days ending 11 May 2025 (first day of the period), 100, 200, 800 days ending in between,
 *   400 days ending 10 May 2026 (last day); 50 days ending 10 May 2025 (the day before) is left out.
 *   In order 20, 100, 200, 400, 800: n = 5; lower quartile rank ⌈1.25⌉ = 2 → 100, median rank 3 → 200,
 *   upper quartile rank ⌈3.75⌉ = 4 → 400; shortest 20, longest 800.
 *   Bands: under 91: 1 (20); 91–181: 1 (100); 182–272: 1 (200); 273–364: 0; 365–546: 1 (400); 547–729: 0;
 *   730 and over: 1 (800). Within 200 days: 20, 100, 200 = 3 of 5 = 60.0%.
 * </pre>
 */
@BridgewayTest
class LengthsOfStayTest {

  static final LocalDate MAY_10 = LocalDate.of(2026, 5, 10);
  static final LocalDate FROM = LocalDate.of(2025, 5, 11);

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Stays stays;
  @Autowired LengthsOfStay lengths;

  Scene.Alliance lambeth;
  CurrentUser admin;
  UUID cedar;
  UUID ash;
  UUID kemi;
  UUID musa;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    admin = lambeth.admin;
    cedar = service(lambeth, "Cedar recovery", ServiceKind.COMMUNITY_RECOVERY, 10);
    ash = service(lambeth, "Ash house", ServiceKind.RESIDENTIAL_CARE, 200);
    kemi = open(lambeth, cedar, LocalDate.of(2026, 4, 30));
    open(lambeth, cedar, LocalDate.of(2026, 5, 1));
    musa = open(lambeth, cedar, LocalDate.of(2026, 4, 20));
    ended(ash, FROM, 20);
    ended(ash, LocalDate.of(2025, 9, 1), 100);
    ended(ash, LocalDate.of(2025, 12, 1), 200);
    ended(ash, LocalDate.of(2026, 2, 1), 800);
    ended(ash, MAY_10, 400);
    ended(ash, FROM.minusDays(1), 50);

    // Another alliance with an overdue stay and an ended one, never counted here.
    Scene.Alliance leeds = scene.create();
    UUID theirs = service(leeds, "Cedar recovery", ServiceKind.COMMUNITY_RECOVERY, 10);
    open(leeds, theirs, LocalDate.of(2026, 1, 1));
  }

  UUID service(Scene.Alliance alliance, String name, ServiceKind kind, int maxDays) {
    return services.add(alliance.admin, new ServiceDetails(alliance.ours, name, kind, false, null, null, null,
        null, maxDays, null, false, false, false, null, null, null, null));
  }

  UUID open(Scene.Alliance alliance, UUID service, LocalDate from) {
    UUID person = alliance.person();
    stays.record(alliance.admin, person, new NewStay(service, from, null, null));
    return person;
  }

  void ended(UUID service, LocalDate end, int days) {
    UUID person = lambeth.person();
    UUID stay = stays.record(admin, person, new NewStay(service, end.minusDays(days), null, null));
    stays.end(admin, person, stay, 0, new EndOfStay(end, EndReason.MOVED_ON, null));
  }

  @Test
  void overdueByOneDayIsListedAndExactlyAtTheMaximumIsNotLongestOverdueFirst() {
    StayLengths report = lengths.report(admin, MAY_10, FROM, MAY_10, 0);

    assertThat(report.overdue().total()).isEqualTo(2);
    assertThat(report.overdue().items()).extracting(OverdueStay::personId, OverdueStay::daysSoFar,
            OverdueStay::daysOver, OverdueStay::serviceName)
        .containsExactly(tuple(musa, 21L, 11L, "Cedar recovery"),
            tuple(kemi, 11L, 1L, "Cedar recovery"));
    assertThat(report.overdue().items()).extracting(OverdueStay::name).containsOnly("Sam Okafor");
    assertThat(report.overdueHidden()).isZero();
  }

  @Test
  void theNamesOfOverdueStaysAreHiddenFromAWorkerWhoMayNotOpenThePeople() {
    CurrentUser worker = lambeth.user(Role.PRACTITIONER, lambeth.staff(lambeth.ours, "Dami"));

    StayLengths report = lengths.report(worker, MAY_10, FROM, MAY_10, 0);

    assertThat(report.overdue().items()).hasSize(2);
    assertThat(report.overdue().items()).extracting(OverdueStay::name).containsOnlyNulls();
    assertThat(report.overdue().items()).extracting(OverdueStay::personId).containsOnlyNulls();
    assertThat(report.overdueHidden()).isEqualTo(2);
  }

  @Test
  void staysThatEndedInThePeriodByServiceWithNearestRankQuartilesAndBands() {
    StayLengths report = lengths.report(admin, MAY_10, FROM, MAY_10, 0);

    assertThat(report.ended()).extracting(LengthDistribution::serviceName).containsExactly("Ash house", "All services");
    LengthDistribution ashHouse = report.ended().get(0);
    assertThat(ashHouse).extracting(LengthDistribution::count, LengthDistribution::lowerQuartile,
            LengthDistribution::median, LengthDistribution::upperQuartile, LengthDistribution::shortest,
            LengthDistribution::longest, LengthDistribution::withinIntended, LengthDistribution::withIntended)
        .containsExactly(5L, 100L, 200L, 400L, 20L, 800L, 3L, 5L);
    assertThat(ashHouse.bands()).containsExactly(1L, 1L, 1L, 0L, 1L, 0L, 1L);
    assertThat(ashHouse.withinIntendedPercent()).isEqualByComparingTo(new BigDecimal("60.0"));
    assertThat(report.ended().get(1).count()).isEqualTo(5);
  }

  @Test
  void staysOpenOnTheDayByService() {
    StayLengths report = lengths.report(admin, MAY_10, FROM, MAY_10, 0);

    assertThat(report.open()).extracting(LengthDistribution::serviceName)
        .containsExactly("Cedar recovery", "All services");
    LengthDistribution cedarOpen = report.open().get(0);
    assertThat(cedarOpen).extracting(LengthDistribution::count, LengthDistribution::lowerQuartile,
            LengthDistribution::median, LengthDistribution::upperQuartile, LengthDistribution::withinIntended)
        .containsExactly(3L, 10L, 11L, 21L, 1L);
    assertThat(cedarOpen.withinIntendedPercent()).isEqualByComparingTo(new BigDecimal("33.3"));
    assertThat(cedarOpen.bands()).isEqualTo(List.of(3L, 0L, 0L, 0L, 0L, 0L, 0L));
  }

  @Test
  void overdueStaysComeAPageAtATime() {
    // 25 more overdue stays in Cedar recovery, from 1 to 25 March: 71 to 47 days so far, 61 to 37 days over.
    // With Musa (11 over) and Kemi (1 over), 27 in all: page 0 holds the 25 new ones, page 1 Musa then Kemi.
    for (int day = 1; day <= 25; day++) {
      open(lambeth, cedar, LocalDate.of(2026, 3, day));
    }

    StayLengths first = lengths.report(admin, MAY_10, FROM, MAY_10, 0);
    StayLengths second = lengths.report(admin, MAY_10, FROM, MAY_10, 1);
    StayLengths past = lengths.report(admin, MAY_10, FROM, MAY_10, 2);

    assertThat(first.overdue().total()).isEqualTo(27);
    assertThat(first.overdue().items()).hasSize(25);
    assertThat(first.overdue().items().get(0).daysOver()).isEqualTo(61);
    assertThat(first.overdue().items().get(24).daysOver()).isEqualTo(37);
    assertThat(second.overdue().items()).extracting(OverdueStay::personId).containsExactly(musa, kemi);
    assertThat(past.overdue().items()).isEmpty();
    assertThat(past.overdue().total()).isEqualTo(27);
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> lengths.report(admin, MAY_10, MAY_10, FROM, 0))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.field()).isEqualTo("from"));
  }
}
