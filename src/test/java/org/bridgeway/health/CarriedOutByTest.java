package org.bridgeway.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffDetails;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.Scene;
import org.bridgeway.careteam.TeamRole;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The worker recording a check names the member of staff who carried it out; by default, themselves. */
@BridgewayTest
class CarriedOutByTest {

  @Autowired Scene scene;
  @Autowired HealthChecks checks;
  @Autowired CareTeams careTeams;
  @Autowired Staff staff;

  Scene.Alliance lambeth;
  CurrentUser amara;
  UUID sam;
  LocalDate today;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    today = scene.today();
    sam = lambeth.person();
    UUID amaraStaff = lambeth.staff(lambeth.ours, "Amara");
    careTeams.add(lambeth.admin, sam, new NewMember(amaraStaff, TeamRole.SUPPORT_WORKER, true, today.minusYears(1)));
    amara = lambeth.user(Role.PRACTITIONER, amaraStaff);
  }

  NewCheck check(LocalDate on, UUID by) {
    return new NewCheck(on, HealthRulesTest.allSix(on), List.of(), null, by);
  }

  UUID nurse(String name, LocalDate start, LocalDate end) {
    return staff.add(lambeth.admin, new StaffDetails(lambeth.ours, null, name, "Mensah", StaffRole.NURSE,
        "Practice nurse", new BigDecimal("30"), false, start, end, null));
  }

  @Test
  void theCheckShowsTheMemberOfStaffChosenOrElseTheWorkerWhoRecordedIt() {
    UUID ruth = nurse("Ruth", today.minusYears(3), null);

    UUID byRuth = checks.record(amara, sam, check(today.minusDays(2), ruth));
    UUID byAmara = checks.record(amara, sam, new NewCheck(today, HealthRulesTest.allSix(today), List.of(), null));

    assertThat(checks.get(amara, sam, byRuth).check().carriedOutBy()).isEqualTo("Ruth Mensah");
    assertThat(checks.get(amara, sam, byAmara).check().carriedOutBy()).isEqualTo("Amara Adeyemi");
  }

  @Test
  void onlyStaffOfTheAllianceOnContractOnTheDayOfTheCheckMayBeNamed() {
    UUID left = nurse("Tom", today.minusYears(3), today.minusMonths(2));
    Scene.Alliance leeds = scene.create();
    UUID elsewhere = leeds.staff(leeds.ours, "Kim");

    assertThatThrownBy(() -> checks.record(amara, sam, check(today, elsewhere)))
        .isInstanceOfSatisfying(Refused.class, e -> {
          assertThat(e.field()).isEqualTo("carriedOutBy");
          assertThat(e.getMessage()).isEqualTo("Choose who did the check from the alliance's staff");
        });
    assertThatThrownBy(() -> checks.record(amara, sam, check(today, left)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage())
            .startsWith("Tom Mensah was not on the alliance's staff on "));
    assertThat(checks.history(amara, sam).checks()).isEmpty();

    // Tom left two months ago, so a check three months ago may name him.
    checks.record(amara, sam, check(today.minusMonths(3), left));
    assertThat(checks.history(amara, sam).checks()).singleElement()
        .satisfies(c -> assertThat(c.carriedOutBy()).isEqualTo("Tom Mensah"));
    assertThat(checks.staffOnContract(amara)).extracting(m -> m.givenName()).contains("Amara").doesNotContain("Tom");
  }
}
