package org.bridgeway.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.figures.Period;
import org.bridgeway.referrals.NewReferral;
import org.bridgeway.referrals.ReferralSource;
import org.bridgeway.referrals.ReferralStatus;
import org.bridgeway.referrals.Referrals;
import org.bridgeway.referrals.Urgency;
import org.bridgeway.shared.Table;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The waiting report's row of all referrals. Five referrals are decided today, received 2, 4, 10, 30 and 31 days
 * ago, and the period is today alone: all referrals number 5, the median is at rank ⌈5/2⌉ = 3 of 2, 4, 10, 30, 31,
 * 10 days, and the 90th percentile at rank ⌈4.5⌉ = 5, 31 days. Those received 4 and 30 days ago ask for the other
 * partner's recovery house: 2 there, "fewer than 5" to a commissioner, who still sees the 5 of all referrals. One
 * more referral, received 7 days ago, is not decided and counts nowhere. With only 3 decided, a commissioner sees
 * "fewer than 5" for all referrals too, and neither wait.
 */
@BridgewayTest
class WaitingReportTest {

  @Autowired Scene scene;
  @Autowired Referrals referrals;
  @Autowired Reports reports;
  @Autowired Services services;

  @Test
  void allReferralsHaveTheirCountBesideTheirWaits() {
    Scene.Alliance alliance = scene.create();
    LocalDate today = scene.today();
    for (int days : new int[] {2, 10, 31}) {
      decided(alliance, today.minusDays(days), List.of());
    }
    for (int days : new int[] {4, 30}) {
      decided(alliance, today.minusDays(days), List.of(alliance.theirService));
    }
    refer(alliance, today.minusDays(7), List.of());
    Period day = new Period(today, today);
    String theirs = services.get(alliance.admin.alliance(), alliance.theirService).name();

    Table admins = reports.report(alliance.admin, ReportKind.WAITING, day).table("to-decision");
    assertThat(ReportsTest.row(admins, "All referrals")).containsExactly("All referrals", "5", "10", "31");
    assertThat(ReportsTest.cell(admins, theirs, 1)).isEqualTo("2");

    Table commissioners = reports.report(alliance.user(Role.COMMISSIONER, null), ReportKind.WAITING, day)
        .table("to-decision");
    assertThat(ReportsTest.row(commissioners, "All referrals")).containsExactly("All referrals", "5", "10", "31");
    assertThat(ReportsTest.cell(commissioners, theirs, 1)).isEqualTo("fewer than 5");
  }

  @Test
  void aCommissionerSeesFewerThanFiveReferralsAsSuch() {
    Scene.Alliance alliance = scene.create();
    LocalDate today = scene.today();
    for (int days : new int[] {2, 10, 31}) {
      decided(alliance, today.minusDays(days), List.of());
    }
    Period day = new Period(today, today);

    assertThat(ReportsTest.cell(reports.report(alliance.admin, ReportKind.WAITING, day).table("to-decision"),
        "All referrals", 1)).isEqualTo("3");
    assertThat(ReportsTest.row(reports.report(alliance.user(Role.COMMISSIONER, null), ReportKind.WAITING, day)
        .table("to-decision"), "All referrals")).containsExactly("All referrals", "fewer than 5",
        "not shown: small numbers", "not shown: small numbers");
  }

  void decided(Scene.Alliance alliance, LocalDate received, List<UUID> asked) {
    UUID id = refer(alliance, received, asked);
    referrals.move(alliance.admin, id, 0, ReferralStatus.AWAITING_PANEL, null, "ACCEPTED");
    referrals.move(alliance.admin, id, 1, ReferralStatus.ALLOCATED, "Decided at the panel", "DECIDED");
  }

  UUID refer(Scene.Alliance alliance, LocalDate received, List<UUID> asked) {
    return referrals.refer(alliance.admin, new NewReferral(alliance.person(), ReferralSource.GP, "Dr Patel", null,
        null, received, "Ready to leave the ward", asked.isEmpty(), asked, Urgency.ROUTINE, null, true, null,
        null));
  }
}
