package org.bridgeway.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.careteam.Scene;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class RecruitmentTest {

  static final LocalDate APRIL_1 = LocalDate.of(2025, 4, 1);
  static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

  @Autowired Scene scene;
  @Autowired Recruitment recruitment;

  @Test
  void panelsWithPeopleWhoUseServicesAreCountedOverThePanelsInThePeriod() {
    Scene.Alliance alliance = scene.create();
    CurrentUser admin = alliance.admin;
    UUID manager = alliance.staff(alliance.ours, "Maya");
    UUID post = recruitment.addPost(admin, new NewPost("Recovery worker", alliance.ours, alliance.ourService, null));

    UUID may = recruitment.addPanel(admin, post, LocalDate.of(2025, 5, 1), true);
    recruitment.addMember(admin, may, new NewPanelMember(manager, null, null, false, true));
    recruitment.addMember(admin, may, new NewPanelMember(null, null, "Jo Bloggs", true, false));
    UUID september = recruitment.addPanel(admin, post, LocalDate.of(2025, 9, 10), false);
    recruitment.addMember(admin, september, new NewPanelMember(null, null, "Kim Lee", true, true));
    UUID january = recruitment.addPanel(admin, post, LocalDate.of(2026, 1, 15), false);
    recruitment.addMember(admin, january, new NewPanelMember(manager, null, null, false, true));
    UUID before = recruitment.addPanel(admin, post, APRIL_1.minusDays(1), true);
    recruitment.addMember(admin, before, new NewPanelMember(null, null, "Jo Bloggs", true, true));
    UUID after = recruitment.addPanel(admin, post, MARCH_31.plusDays(1), true);
    recruitment.addMember(admin, after, new NewPanelMember(null, null, "Jo Bloggs", true, true));

    PanelFigure year = recruitment.figure(alliance.test.id(), APRIL_1, MARCH_31);

    // Three panels fall in the year (31 March 2025 and 1 April 2026 are outside it). People who use services sat
    // on two (May: Jo; September: Kim) -> 2 / 3 = 66.7%; chaired one (September) -> 33.3%; wrote the questions for
    // one (May) -> 33.3%.
    assertThat(year).isEqualTo(new PanelFigure(APRIL_1, MARCH_31, 3, 2, 1, 1));
    assertThat(year.withShare()).isEqualTo("66.7%");
    assertThat(year.chairedShare()).isEqualTo("33.3%");
    assertThat(year.questionsShare()).isEqualTo("33.3%");
    assertThat(recruitment.figure(alliance.test.id(), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
        .withShare()).isEqualTo("no panels");
    assertThat(recruitment.panel(alliance.test.id(), september).serviceUserChaired()).isTrue();
    assertThat(recruitment.panel(alliance.test.id(), may).members()).extracting(PanelMember::name)
        .containsExactly("Maya Adeyemi", "Jo Bloggs");
  }

  @Test
  void aPanelHasOneChairAndEveryMemberIsSomeone() {
    Scene.Alliance alliance = scene.create();
    CurrentUser admin = alliance.admin;
    UUID post = recruitment.addPost(admin, new NewPost("Peer worker", alliance.ours, null, null));
    UUID panel = recruitment.addPanel(admin, post, APRIL_1, false);
    recruitment.addMember(admin, panel, new NewPanelMember(null, null, "Kim Lee", true, true));

    assertThatThrownBy(() -> recruitment.addMember(admin, panel, new NewPanelMember(null, null, "Jo", true, true)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage()).isEqualTo("The panel already has a chair"));
    assertThatThrownBy(() -> recruitment.addMember(admin, panel, new NewPanelMember(null, null, " ", false, false)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> recruitment.addPost(admin, new NewPost("", null, null, null)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).hasSize(2));
    recruitment.setQuestions(admin, panel, true, 0);
    assertThatThrownBy(() -> recruitment.setQuestions(admin, panel, false, 0)).isInstanceOf(EditConflict.class);
    assertThat(recruitment.panel(alliance.test.id(), panel).questionsByServiceUsers()).isTrue();
  }
}
