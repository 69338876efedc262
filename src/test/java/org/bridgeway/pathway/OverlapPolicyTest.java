package org.bridgeway.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bridgeway.alliance.ServiceKind.COMMUNITY_RECOVERY;
import static org.bridgeway.alliance.ServiceKind.COMMUNITY_TEAM;
import static org.bridgeway.alliance.ServiceKind.DROP_IN;
import static org.bridgeway.alliance.ServiceKind.FLOATING_SUPPORT;
import static org.bridgeway.alliance.ServiceKind.INPATIENT_REHABILITATION;
import static org.bridgeway.alliance.ServiceKind.OWN_HOME;
import static org.bridgeway.alliance.ServiceKind.RESIDENTIAL_CARE;
import static org.bridgeway.alliance.ServiceKind.STAFFED_FLATS;
import static org.bridgeway.alliance.ServiceKind.SUPPORTED_LIVING;

import org.bridgeway.alliance.ServiceKind;
import org.junit.jupiter.api.Test;

class OverlapPolicyTest {

  @Test
  void twoSettingsOnTheLadderAreExclusive() {
    assertThat(OverlapPolicy.mayOverlap(RESIDENTIAL_CARE, COMMUNITY_RECOVERY)).isFalse();
    assertThat(OverlapPolicy.mayOverlap(INPATIENT_REHABILITATION, STAFFED_FLATS)).isFalse();
    assertThat(OverlapPolicy.mayOverlap(SUPPORTED_LIVING, SUPPORTED_LIVING)).isFalse();
  }

  @Test
  void floatingSupportMayOverlapATenancyOrTheirOwnHomeEitherWayRound() {
    assertThat(OverlapPolicy.mayOverlap(FLOATING_SUPPORT, SUPPORTED_LIVING)).isTrue();
    assertThat(OverlapPolicy.mayOverlap(SUPPORTED_LIVING, FLOATING_SUPPORT)).isTrue();
    assertThat(OverlapPolicy.mayOverlap(OWN_HOME, FLOATING_SUPPORT)).isTrue();
  }

  @Test
  void floatingSupportMayNotOverlapAStaffedOrResidentialSettingOrItself() {
    assertThat(OverlapPolicy.mayOverlap(FLOATING_SUPPORT, RESIDENTIAL_CARE)).isFalse();
    assertThat(OverlapPolicy.mayOverlap(STAFFED_FLATS, FLOATING_SUPPORT)).isFalse();
    assertThat(OverlapPolicy.mayOverlap(FLOATING_SUPPORT, FLOATING_SUPPORT)).isFalse();
  }

  @Test
  void aHospitalAdmissionOverlapsTheirHomeButNotAnotherAdmission() {
    assertThat(OverlapPolicy.mayOverlap(ServiceKind.ACUTE_WARD, SUPPORTED_LIVING)).isTrue();
    assertThat(OverlapPolicy.mayOverlap(RESIDENTIAL_CARE, ServiceKind.CRISIS_ALTERNATIVE)).isTrue();
    assertThat(OverlapPolicy.mayOverlap(ServiceKind.ACUTE_WARD, ServiceKind.CRISIS_ALTERNATIVE)).isFalse();
    assertThat(OverlapPolicy.mayOverlap(ServiceKind.ACUTE_WARD, ServiceKind.ACUTE_WARD)).isFalse();
  }

  @Test
  void teamsAndDayServicesOverlapAnything() {
    for (ServiceKind kind : ServiceKind.values()) {
      assertThat(OverlapPolicy.mayOverlap(COMMUNITY_TEAM, kind)).isTrue();
      assertThat(OverlapPolicy.mayOverlap(kind, DROP_IN)).isTrue();
    }
  }
}
