package org.bridgeway.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Localities;
import org.bridgeway.alliance.LocalityDetails;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class InitiativesTest {

  @Autowired TestAlliances alliances;
  @Autowired Initiatives initiatives;
  @Autowired Localities localities;

  TestAlliance leeds;
  CurrentUser manager;

  @BeforeEach
  void setUp() {
    leeds = alliances.create();
    manager = leeds.as(Role.MANAGER);
  }

  static InitiativeDetails areaPilot(UUID locality) {
    return new InitiativeDetails("Area pilot", "Try the new way of working in one area first", locality, null,
        InitiativeStatus.COMPLETED, EnumSet.of(Involvement.FROM_START, Involvement.IN_EVALUATION),
        EvaluationKind.ACADEMIC, "Fewer people placed out of area");
  }

  @Test
  void anInitiativeKeepsItsMilestonesByYearAndItsOutcomesInWordsAndNumbers() {
    UUID west = localities.add(leeds.as(Role.ADMIN), new LocalityDetails("West Leeds", true));
    UUID id = initiatives.add(manager, areaPilot(west),
        List.of(new NewMilestone(2006, "Pilot starts in West Leeds", true),
            new NewMilestone(2005, "Steering group with forum members", true)),
        List.of(new NewMeasure("People placed out of area", new BigDecimal("-12"), "people")));

    Initiative pilot = initiatives.get(leeds.as(Role.COMMISSIONER), id);
    assertThat(pilot.areaText()).isEqualTo("West Leeds");
    assertThat(pilot.involvementText()).isEqualTo("From the start, In the evaluation");
    assertThat(pilot.milestones()).extracting(Milestone::year).containsExactly(2005, 2006);
    assertThat(pilot.measures()).extracting(Measure::valueText).containsExactly("-12 people");
  }

  @Test
  void aBrokenMilestoneSavesNothingOfTheInitiative() {
    assertThatThrownBy(() -> initiatives.add(manager, areaPilot(null),
        List.of(new NewMilestone(19, "Typed the year wrong", false)), List.of()))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly("year"));
    assertThat(initiatives.find(manager, 0).total()).isZero();
  }

  @Test
  void aStaleChangeIsRefusedAndAMilestoneIsMarkedDoneOnce() {
    UUID id = initiatives.add(manager, areaPilot(null));
    UUID milestone = initiatives.addMilestone(manager, id, new NewMilestone(2008, "Employment team", false));
    initiatives.change(manager, id, 0, areaPilot(null));

    assertThatThrownBy(() -> initiatives.change(manager, id, 0, areaPilot(null))).isInstanceOf(EditConflict.class);
    initiatives.markMilestone(manager, id, milestone, 0, true);
    assertThatThrownBy(() -> initiatives.markMilestone(manager, id, milestone, 0, true))
        .isInstanceOf(EditConflict.class);
    assertThat(initiatives.get(manager, id).milestones()).extracting(Milestone::done).containsExactly(true);
  }

  @Test
  void practitionersAndCommissionersReadButOnlyManagersAndAdministratorsChange() {
    UUID id = initiatives.add(leeds.as(Role.ADMIN), areaPilot(null));
    assertThat(initiatives.get(leeds.as(Role.PRACTITIONER), id).title()).isEqualTo("Area pilot");
    assertThatThrownBy(() -> initiatives.add(leeds.as(Role.COMMISSIONER), areaPilot(null)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> initiatives.get(leeds.as(Role.PANEL_MEMBER), id)).isInstanceOf(AccessDenied.class);
  }

  @Test
  void aVoidedInitiativeStaysReadableWithItsReasonAndCannotBeChanged() {
    UUID id = initiatives.add(manager, areaPilot(null));
    initiatives.voidInitiative(manager, id, 0, "Entered twice");

    assertThat(initiatives.get(manager, id).voidReason()).isEqualTo("Entered twice");
    assertThatThrownBy(() -> initiatives.addMeasure(manager, id, new NewMeasure("x", BigDecimal.ONE, null)))
        .hasMessage("This initiative was voided, so it cannot be changed");
    assertThat(Set.of(initiatives.find(manager, 0).items().get(0).id())).containsExactly(id);
  }
}
