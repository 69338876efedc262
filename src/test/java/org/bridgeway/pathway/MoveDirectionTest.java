package org.bridgeway.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.ServiceKind;
import org.junit.jupiter.api.Test;

class MoveDirectionTest {

  @Test
  void onTheStandardLadderStaffedFlatsAreAStepDownFromResidentialCareAndBackAStepUp() {
    Ladder ladder = Ladder.standard();

    assertThat(MoveDirection.of(ladder, ServiceKind.RESIDENTIAL_CARE, ServiceKind.STAFFED_FLATS))
        .isEqualTo(MoveDirection.STEP_DOWN);
    assertThat(MoveDirection.of(ladder, ServiceKind.STAFFED_FLATS, ServiceKind.RESIDENTIAL_CARE))
        .isEqualTo(MoveDirection.STEP_UP);
    assertThat(MoveDirection.STEP_UP.endReason()).isEqualTo(EndReason.STEPPED_UP);
    assertThat(MoveDirection.STEP_DOWN.endReason()).isEqualTo(EndReason.MOVED_ON);
  }

  @Test
  void theAlliancesOwnLadderDecidesKindsSharingALevelAreTheSameLevel() {
    Map<ServiceKind, Integer> levels = new EnumMap<>(Ladder.standard().levels());
    levels.put(ServiceKind.STAFFED_FLATS, 4);

    assertThat(MoveDirection.of(new Ladder(levels, 1), ServiceKind.COMMUNITY_RECOVERY, ServiceKind.STAFFED_FLATS))
        .isEqualTo(MoveDirection.SAME_LEVEL);
  }

  @Test
  void hospitalIsIntoOrOutOfHospitalAndNoStayIsOntoThePathway() {
    Ladder ladder = Ladder.standard();

    assertThat(MoveDirection.of(ladder, ServiceKind.SUPPORTED_LIVING, ServiceKind.ACUTE_WARD))
        .isEqualTo(MoveDirection.INTO_HOSPITAL);
    assertThat(MoveDirection.of(ladder, ServiceKind.ACUTE_WARD, ServiceKind.RESIDENTIAL_CARE))
        .isEqualTo(MoveDirection.OUT_OF_HOSPITAL);
    assertThat(MoveDirection.of(ladder, null, ServiceKind.STAFFED_FLATS)).isEqualTo(MoveDirection.ONTO_THE_PATHWAY);
    assertThat(MoveDirection.INTO_HOSPITAL.endsStayIn(ServiceKind.SUPPORTED_LIVING)).isFalse();
    assertThat(MoveDirection.INTO_HOSPITAL.endsStayIn(ServiceKind.CRISIS_ALTERNATIVE)).isTrue();
  }
}
