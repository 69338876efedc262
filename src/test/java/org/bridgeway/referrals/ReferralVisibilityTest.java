package org.bridgeway.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.Role;
import org.bridgeway.referrals.ReferralVisibility.Sharing;
import org.bridgeway.referrals.ReferralVisibility.Viewer;
import org.junit.jupiter.api.Test;

class ReferralVisibilityTest {

  static final UUID TRUST = UUID.randomUUID();
  static final UUID CHARITY = UUID.randomUUID();
  static final UUID COUNCIL = UUID.randomUUID();

  static Sharing withoutConsent(boolean panelToDecide) {
    return new Sharing(false, null, "gp-liaison", TRUST, Set.of(CHARITY), panelToDecide);
  }

  static Viewer worker(UUID organisation) {
    return new Viewer("someone", Role.PRACTITIONER, organisation);
  }

  @Test
  void withConsentEveryWorkerOfTheAllianceSeesTheReferral() {
    Sharing shared = new Sharing(true, null, "gp-liaison", TRUST, Set.of(CHARITY), false);

    assertThat(ReferralVisibility.allows(worker(COUNCIL), shared)).isTrue();
    assertThat(ReferralVisibility.allows(new Viewer("nobody", Role.MANAGER, null), shared)).isTrue();
  }

  @Test
  void withoutConsentOnlyTheReferringAndReceivingOrganisationsSeeIt() {
    assertThat(ReferralVisibility.allows(worker(TRUST), withoutConsent(false))).isTrue();
    assertThat(ReferralVisibility.allows(worker(CHARITY), withoutConsent(false))).isTrue();
    assertThat(ReferralVisibility.allows(worker(COUNCIL), withoutConsent(false))).isFalse();
    assertThat(ReferralVisibility.allows(new Viewer("no-staff-record", Role.PRACTITIONER, null),
        withoutConsent(false))).isFalse();
  }

  @Test
  void aRecordedOverrideWithItsReasonLetsThePartnersSeeIt() {
    Sharing overridden = new Sharing(false, "Serious risk to others; shared under safeguarding duty", "gp-liaison",
        TRUST, Set.of(CHARITY), false);

    assertThat(ReferralVisibility.allows(worker(COUNCIL), overridden)).isTrue();
  }

  @Test
  void theWorkerWhoMadeTheReferralAlwaysSeesIt() {
    assertThat(ReferralVisibility.allows(new Viewer("gp-liaison", Role.PRACTITIONER, COUNCIL),
        withoutConsent(false))).isTrue();
  }

  @Test
  void theAdministratorSeesEveryReferral() {
    assertThat(ReferralVisibility.allows(new Viewer("admin", Role.ADMIN, null), withoutConsent(false))).isTrue();
  }

  @Test
  void panelMembersSeeAReferralThePanelIsToDecideButNotOthers() {
    Viewer panel = new Viewer("panel", Role.PANEL_MEMBER, COUNCIL);

    assertThat(ReferralVisibility.allows(panel, withoutConsent(true))).isTrue();
    assertThat(ReferralVisibility.allows(panel, withoutConsent(false))).isFalse();
  }

  @Test
  void commissionersNeverSeeAReferralEvenWithConsent() {
    Sharing shared = new Sharing(true, null, "gp-liaison", TRUST, Set.of(CHARITY), false);

    assertThat(ReferralVisibility.allows(new Viewer("commissioner", Role.COMMISSIONER, TRUST), shared)).isFalse();
  }
}
