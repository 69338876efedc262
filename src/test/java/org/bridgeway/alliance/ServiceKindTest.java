package org.bridgeway.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServiceKindTest {

  @Test
  void theLadderRunsFromTheMostRestrictiveSettingToOwnHome() {
    assertThat(ServiceKind.ladder()).containsExactly(
        ServiceKind.INPATIENT_REHABILITATION, ServiceKind.NURSING_CARE, ServiceKind.RESIDENTIAL_CARE,
        ServiceKind.COMMUNITY_RECOVERY, ServiceKind.STAFFED_FLATS, ServiceKind.SUPPORTED_LIVING,
        ServiceKind.FLOATING_SUPPORT, ServiceKind.OWN_HOME);
    assertThat(ServiceKind.ladder()).extracting(k -> k.ladderLevel().getAsInt())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void aHigherLevelIsLessRestrictive() {
    assertThat(ServiceKind.STAFFED_FLATS.lessRestrictiveThan(ServiceKind.RESIDENTIAL_CARE)).isTrue();
    assertThat(ServiceKind.RESIDENTIAL_CARE.lessRestrictiveThan(ServiceKind.STAFFED_FLATS)).isFalse();
    assertThat(ServiceKind.NURSING_CARE.lessRestrictiveThan(ServiceKind.NURSING_CARE)).isFalse();
  }

  @Test
  void teamsAndDayServicesSitBesideTheLadderAndCannotBeCompared() {
    assertThat(ServiceKind.DROP_IN.onLadder()).isFalse();
    assertThat(ServiceKind.REHABILITATION_TEAM.ladderLevel()).isEmpty();
    assertThatThrownBy(() -> ServiceKind.DROP_IN.lessRestrictiveThan(ServiceKind.OWN_HOME))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void residentialCareMeansNursingOrResidentialHomes() {
    assertThat(ServiceKind.values()).filteredOn(ServiceKind::residential)
        .containsExactlyInAnyOrder(ServiceKind.NURSING_CARE, ServiceKind.RESIDENTIAL_CARE);
  }
}
