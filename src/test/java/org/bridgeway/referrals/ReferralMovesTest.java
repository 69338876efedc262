package org.bridgeway.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.Test;

class ReferralMovesTest {

  static Referral referral(ReferralStatus status, LocalDate decided) {
    return new Referral(UUID.randomUUID(), UUID.randomUUID(), "Sam Okafor", ReferralSource.GP, "Dr Patel", null,
        null, "worker", LocalDate.of(2026, 5, 1), "Ready to leave the ward", true, List.of(), Urgency.SOON, null,
        true, null, null, status, null, decided, null, 0);
  }

  @Test
  void aReceivedReferralCanBeAcceptedForThePanel() {
    assertThat(referral(ReferralStatus.RECEIVED, null).move(ReferralStatus.AWAITING_PANEL, null))
        .isEqualTo(ReferralStatus.AWAITING_PANEL);
  }

  @Test
  void aDeclinedReferralCannotBeAllocated() {
    assertThatThrownBy(() -> referral(ReferralStatus.DECLINED, null).move(ReferralStatus.ALLOCATED, "a place"))
        .isInstanceOf(ReferralMoveRefused.class)
        .hasMessageContaining("declined cannot be moved to allocated");
  }

  @Test
  void aDeclinedOrSignpostedReferralIsReopenedOnlyWithAReason() {
    assertThatThrownBy(() -> referral(ReferralStatus.SIGNPOSTED, null).move(ReferralStatus.RECEIVED, " "))
        .isInstanceOf(Refused.class).hasMessage("Enter why the referral is being re-opened");
    assertThat(referral(ReferralStatus.DECLINED, null).move(ReferralStatus.RECEIVED, "New information from the GP"))
        .isEqualTo(ReferralStatus.RECEIVED);
  }

  @Test
  void decliningSignpostingAndAskingForMoreInformationNeedAReasonForTheReferrer() {
    for (ReferralStatus target : List.of(ReferralStatus.DECLINED, ReferralStatus.SIGNPOSTED,
        ReferralStatus.MORE_INFORMATION_REQUESTED)) {
      assertThatThrownBy(() -> referral(ReferralStatus.RECEIVED, null).move(target, null))
          .isInstanceOf(Refused.class);
    }
  }

  @Test
  void anAllocatedReferralGoesNoFurther() {
    assertThat(ReferralStatus.ALLOCATED.next()).isEmpty();
  }

  @Test
  void waitingTimesAreWholeDays() {
    // Received 1 May 2026, decided 15 May: 14 days; first contact 22 May: 7 days after the decision.
    Referral decided = new Referral(UUID.randomUUID(), UUID.randomUUID(), "Sam", ReferralSource.GP, "Dr Patel", null,
        null, "worker", LocalDate.of(2026, 5, 1), "reason", true, List.of(), Urgency.SOON, null, true, null, null,
        ReferralStatus.ALLOCATED, null, LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 22), 3);
    assertThat(decided.daysToDecision()).isEqualTo(14);
    assertThat(decided.daysToFirstContact()).isEqualTo(7);
    assertThat(referral(ReferralStatus.RECEIVED, null).daysToDecision()).isNull();
  }
}
