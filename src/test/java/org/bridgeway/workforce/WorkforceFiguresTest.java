package org.bridgeway.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.StaffDetails;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.alliance.TeamDetails;
import org.bridgeway.alliance.TeamType;
import org.bridgeway.alliance.Teams;
import org.bridgeway.alliance.Workforce;
import org.bridgeway.careteam.Scene;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class WorkforceFiguresTest {

  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Autowired Scene scene;
  @Autowired Staff staff;
  @Autowired Teams teams;
  @Autowired StaffBases bases;
  @Autowired WorkforceFigures figures;

  @Test
  void threeStaffAtThirtySevenAndAHalfEighteenThreeQuartersAndTwentyTwoAndAHalfHoursAreTwoPointOneWholeTimeEquivalents() {
    Scene.Alliance alliance = scene.create();
    CurrentUser admin = alliance.admin;
    UUID rehab = teams.add(admin, new TeamDetails(alliance.ours, "Rehabilitation team", TeamType.A09));
    UUID asha = worker(admin, alliance.ours, rehab, "Asha", "37.5", true, DAY.minusYears(1), null);
    UUID ben = worker(admin, alliance.ours, null, "Ben", "18.75", false, DAY.minusYears(1), null);
    UUID cara = worker(admin, alliance.theirs, rehab, "Cara", "22.5", false, DAY, null);
    worker(admin, alliance.ours, rehab, "Dev", "37.5", false, DAY.minusYears(2), DAY.minusDays(1));
    bases.add(admin, alliance.ourService, asha, DAY.minusMonths(3));
    bases.add(admin, alliance.ourService, cara, DAY);
    UUID old = bases.add(admin, alliance.theirService, ben, DAY.minusMonths(3));
    bases.end(admin, old, DAY.minusDays(1));

    WorkforceBreakdown on = figures.on(admin, DAY);

    // Dev's contract ended the day before, so three staff count: 37.5 + 18.75 + 22.5 = 78.75 hours.
    // WTE 78.75 / 37.5 = 2.1; mean 78.75 / 3 = 26.25, shown to one place as 26.3 (half up); one lived-experience role.
    assertThat(on.alliance()).isEqualTo(new Workforce(3, new BigDecimal("26.3"), new BigDecimal("2.1"), 1));
    // Thames Reach: Asha and Ben, 56.25 hours: mean 28.125 -> 28.1, WTE 1.5. South London Trust: Cara, 22.5 -> 0.6.
    assertThat(on.byOrganisation()).extracting(WorkforceRow::name, r -> r.figures().headcount(),
            r -> r.figures().meanHours().toPlainString(), r -> r.figures().wholeTimeEquivalents().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("South London Trust", 1, "22.5", "0.6"),
            org.assertj.core.groups.Tuple.tuple("Thames Reach", 2, "28.1", "1.5"));
    // The team: Asha and Cara, 60 hours: mean 30.0, WTE 1.6; Ben has no team: 18.75 -> 0.5.
    assertThat(on.byTeam()).extracting(WorkforceRow::name, r -> r.figures().wholeTimeEquivalents().toPlainString(),
            r -> r.figures().livedExperience())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Rehabilitation team", "1.6", 1),
            org.assertj.core.groups.Tuple.tuple("No team", "0.5", 0));
    // Based at our service that day: Asha and Cara (1.6 WTE); Ben's base ended the day before.
    assertThat(on.byService()).extracting(WorkforceRow::name, r -> r.figures().headcount(),
            r -> r.figures().wholeTimeEquivalents().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(serviceName(alliance), 2, "1.6"),
            org.assertj.core.groups.Tuple.tuple("Not based at a service", 1, "0.5"));
  }

  @Test
  void aDayWithNoStaffCountsNothing() {
    Scene.Alliance alliance = scene.create();
    WorkforceBreakdown on = figures.on(alliance.admin, DAY);
    assertThat(on.alliance()).isEqualTo(new Workforce(0, BigDecimal.ZERO, new BigDecimal("0.0"), 0));
    assertThat(on.byOrganisation()).isEmpty();
  }

  String serviceName(Scene.Alliance alliance) {
    return "Recovery house " + alliance.ours.toString().substring(0, 4);
  }

  UUID worker(CurrentUser admin, UUID organisation, UUID team, String name, String hours, boolean lived,
      LocalDate start, LocalDate end) {
    return staff.add(admin, new StaffDetails(organisation, team, name, "Okoye", StaffRole.SUPPORT_WORKER, null,
        new BigDecimal(hours), lived, start, end, null));
  }

  static List<String> names(List<WorkforceRow> rows) {
    return rows.stream().map(WorkforceRow::name).toList();
  }
}
