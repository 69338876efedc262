package org.bridgeway.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceKindTest {

  @Test
  void theBuiltInOrderRunsFromTheMostRestrictiveSettingToOwnHome() {
    assertThat(ServiceKind.ladder()).containsExactly(
        ServiceKind.INPATIENT_REHABILITATION, ServiceKind.NURSING_CARE, ServiceKind.RESIDENTIAL_CARE,
        ServiceKind.COMMUNITY_RECOVERY, ServiceKind.STAFFED_FLATS, ServiceKind.SUPPORTED_LIVING,
        ServiceKind.FLOATING_SUPPORT, ServiceKind.OWN_HOME);
    assertThat(ServiceKind.ladder()).extracting(k -> k.defaultLevel().getAsInt())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void onTheStandardLadderAHigherLevelIsLessRestrictive() {
    Ladder ladder = Ladder.standard();
    assertThat(ladder.lessRestrictive(ServiceKind.STAFFED_FLATS, ServiceKind.RESIDENTIAL_CARE)).isTrue();
    assertThat(ladder.lessRestrictive(ServiceKind.RESIDENTIAL_CARE, ServiceKind.STAFFED_FLATS)).isFalse();
    assertThat(ladder.lessRestrictive(ServiceKind.NURSING_CARE, ServiceKind.NURSING_CARE)).isFalse();
  }

  @Test
  void teamsDayServicesAndHospitalSitBesideTheLadderAndAreNeverLessRestrictive() {
    Ladder ladder = Ladder.standard();
    assertThat(ServiceKind.DROP_IN.onLadder()).isFalse();
    assertThat(ServiceKind.REHABILITATION_TEAM.defaultLevel()).isEmpty();
    assertThat(ServiceKind.ACUTE_WARD.defaultLevel()).isEmpty();
    assertThat(ladder.lessRestrictive(ServiceKind.DROP_IN, ServiceKind.INPATIENT_REHABILITATION)).isFalse();
    assertThat(ladder.lessRestrictive(ServiceKind.OWN_HOME, ServiceKind.ACUTE_WARD)).isFalse();
  }

  @Test
  void residentialCareMeansNursingOrResidentialHomes() {
    assertThat(ServiceKind.values()).filteredOn(ServiceKind::residential)
        .containsExactlyInAnyOrder(ServiceKind.NURSING_CARE, ServiceKind.RESIDENTIAL_CARE);
  }
}
