package org.bridgeway.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.bridgeway.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class LadderTest {

  static Map<ServiceKind, Integer> standardLevels() {
    return new EnumMap<>(Ladder.standard().levels());
  }

  @Test
  void swappingTwoLevelsSwapsTheirOrderAndWhichIsLessRestrictive() {
    Map<ServiceKind, Integer> levels = standardLevels();
    levels.put(ServiceKind.STAFFED_FLATS, 6);
    levels.put(ServiceKind.SUPPORTED_LIVING, 5);
    Ladder ladder = new Ladder(levels, 2);

    assertThat(ladder.kinds()).containsExactly(ServiceKind.INPATIENT_REHABILITATION, ServiceKind.NURSING_CARE,
        ServiceKind.RESIDENTIAL_CARE, ServiceKind.COMMUNITY_RECOVERY, ServiceKind.SUPPORTED_LIVING,
        ServiceKind.STAFFED_FLATS, ServiceKind.FLOATING_SUPPORT, ServiceKind.OWN_HOME);
    assertThat(ladder.lessRestrictive(ServiceKind.STAFFED_FLATS, ServiceKind.SUPPORTED_LIVING)).isTrue();
    assertThat(ladder.moreRestrictive(ServiceKind.SUPPORTED_LIVING, ServiceKind.STAFFED_FLATS)).isTrue();
  }

  @Test
  void kindsSharingALevelKeepTheBuiltInOrderAndNeitherIsLessRestrictive() {
    Map<ServiceKind, Integer> levels = standardLevels();
    levels.put(ServiceKind.NURSING_CARE, 3);

    Ladder ladder = new Ladder(levels, 1);

    assertThat(ladder.kinds()).startsWith(ServiceKind.INPATIENT_REHABILITATION, ServiceKind.NURSING_CARE,
        ServiceKind.RESIDENTIAL_CARE);
    assertThat(ladder.lessRestrictive(ServiceKind.RESIDENTIAL_CARE, ServiceKind.NURSING_CARE)).isFalse();
    assertThat(ladder.lessRestrictive(ServiceKind.NURSING_CARE, ServiceKind.RESIDENTIAL_CARE)).isFalse();
  }

  @Test
  void theStandardLadderHasNoProblems() {
    assertThat(Ladder.problems(standardLevels())).isEmpty();
  }

  @Test
  void everyKindOnTheLadderNeedsALevelFromOneToTwentyAndNoOtherKindMayHaveOne() {
    Map<ServiceKind, Integer> levels = standardLevels();
    levels.remove(ServiceKind.OWN_HOME);
    levels.put(ServiceKind.NURSING_CARE, 0);
    levels.put(ServiceKind.FLOATING_SUPPORT, 21);
    levels.put(ServiceKind.DROP_IN, 9);

    assertThat(Ladder.problems(levels)).containsExactly(
        new FieldProblem("NURSING_CARE", "The level of nursing care must be from 1 to 20"),
        new FieldProblem("FLOATING_SUPPORT", "The level of floating support in own home must be from 1 to 20"),
        new FieldProblem("OWN_HOME", "Enter a level from 1 to 20 for own home without support"),
        new FieldProblem("DROP_IN", "Drop-in is not on the ladder: only settings where a person lives have a level"));
  }
}
