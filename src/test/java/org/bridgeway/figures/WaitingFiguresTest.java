package org.bridgeway.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.careteam.Scene;
import org.bridgeway.referrals.NewReferral;
import org.bridgeway.referrals.ReferralSource;
import org.bridgeway.referrals.ReferralStatus;
import org.bridgeway.referrals.Referrals;
import org.bridgeway.referrals.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Waiting from referral to decision. Five referrals are decided today, received 2, 4, 10, 30 and 31 days ago;
 * the period is today alone. In order 2, 4, 10, 30, 31: the median is at rank ⌈5/2⌉ = 3, 10 days; the 90th
 * percentile at rank ⌈4.5⌉ = 5, 31 days. The referrals received 4 and 30 days ago ask for the other partner's
 * recovery house: narrowed to it, 4 and 30 give the median at rank 1, 4 days, and the 90th at rank ⌈1.8⌉ = 2,
 * 30 days. One more referral, received 7 days ago, is not decided and does not count.
 */
@BridgewayTest
class WaitingFiguresTest {

  @Autowired Scene scene;
  @Autowired Referrals referrals;
  @Autowired AllianceFigures figures;

  @Test
  void waitingIsTheNearestRankMedianAndNinetiethPercentileOfTheReferralsDecided() {
    Scene.Alliance alliance = scene.create();
    LocalDate today = scene.today();
    for (int days : new int[] {2, 10, 31}) {
      decided(alliance, today.minusDays(days), List.of());
    }
    for (int days : new int[] {4, 30}) {
      decided(alliance, today.minusDays(days), List.of(alliance.theirService));
    }
    refer(alliance, today.minusDays(7), List.of());
    Period period = new Period(today, today);

    List<Figure> all = figures.compute(alliance.admin, period, period.yearEarlier(), Filters.none());
    assertThat(PathwayFiguresTest.find(all, FigureId.WAITING_DECISION_MEDIAN).value()).isEqualByComparingTo("10");
    assertThat(PathwayFiguresTest.find(all, FigureId.WAITING_DECISION_90TH).value()).isEqualByComparingTo("31");
    assertThat(PathwayFiguresTest.find(all, FigureId.WAITING_DECISION_MEDIAN).baselineText()).isEqualTo("none");

    List<Figure> theirs = figures.compute(alliance.admin, period, period.yearEarlier(),
        new Filters(null, alliance.theirService, null, null));
    assertThat(PathwayFiguresTest.find(theirs, FigureId.WAITING_DECISION_MEDIAN).value()).isEqualByComparingTo("4");
    assertThat(PathwayFiguresTest.find(theirs, FigureId.WAITING_DECISION_90TH).value()).isEqualByComparingTo("30");
  }

  void decided(Scene.Alliance alliance, LocalDate received, List<UUID> services) {
    UUID id = refer(alliance, received, services);
    referrals.move(alliance.admin, id, 0, ReferralStatus.AWAITING_PANEL, null, "ACCEPTED");
    referrals.move(alliance.admin, id, 1, ReferralStatus.ALLOCATED, "Decided at the panel", "DECIDED");
  }

  UUID refer(Scene.Alliance alliance, LocalDate received, List<UUID> services) {
    return referrals.refer(alliance.admin, new NewReferral(alliance.person(), ReferralSource.GP, "Dr Patel", null,
        null, received, "Ready to leave the ward", services.isEmpty(), services, Urgency.ROUTINE, null, true, null,
        null));
  }
}
