package org.bridgeway.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.Scene;
import org.bridgeway.careteam.TeamRole;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.bridgeway.BridgewayTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class HealthChecksTest {

  @Autowired Scene scene;
  @Autowired HealthChecks checks;
  @Autowired HealthFigures figures;
  @Autowired CareTeams careTeams;
  @Autowired AuditTrail audit;

  Scene.Alliance lambeth;
  CurrentUser admin;
  UUID sam;
  LocalDate today;

  @BeforeEach
  void setUp() {
    lambeth = scene.create();
    admin = lambeth.admin;
    sam = lambeth.person();
    today = scene.today();
  }

  NewCheck allSix(LocalDate on) {
    return new NewCheck(on, HealthRulesTest.allSix(on),
        List.of(new Intervention(InterventionKind.SMOKING_CESSATION, Response.ACCEPTED)), null);
  }

  @Test
  void aRecordedCheckKeepsItsElementsWithTheBodyMassIndexWorkedOut() {
    UUID id = checks.record(admin, sam, allSix(today.minusDays(3)));

    HealthCheck check = checks.get(admin, sam, id).check();
    assertThat(check.nextDue()).isEqualTo(today.minusDays(3).plusMonths(12));
    assertThat(check.readings()).hasSize(6);
    // 70 kg / (1.75 m)² = 22.857 -> 22.9
    assertThat(check.reading(Element.BODY_SIZE).orElseThrow().bmi()).isEqualByComparingTo("22.9");
    assertThat(check.reading(Element.BLOOD_PRESSURE).orElseThrow().summary()).isEqualTo("128/82 mmHg");
    assertThat(check.interventions()).containsExactly(
        new Intervention(InterventionKind.SMOKING_CESSATION, Response.ACCEPTED));
    PersonHealth health = checks.history(admin, sam);
    assertThat(health.completeToday()).isTrue();
    assertThat(health.dueStatus()).isEqualTo(DueStatus.NOT_DUE);
  }

  @Test
  void aRefusedBodyMassIndexSavesNothing() {
    NewCheck bad = new NewCheck(today, HealthRulesTest.replacing(HealthRulesTest.allSix(today),
        Reading.bodySize(today, new BigDecimal("150"), new BigDecimal("300"))), List.of(), null);

    assertThatThrownBy(() -> checks.record(admin, sam, bad)).isInstanceOf(InvalidInput.class);
    assertThat(checks.history(admin, sam).checks()).isEmpty();
  }

  @Test
  void anAmendmentKeepsWhatTheCheckSaidBeforeAndAStaleVersionIsRefused() {
    UUID id = checks.record(admin, sam, allSix(today.minusDays(3)));
    NewCheck changed = new NewCheck(today.minusDays(3), HealthRulesTest.replacing(
        HealthRulesTest.allSix(today.minusDays(3)), Reading.bloodPressure(today.minusDays(3), 142, 91)), List.of(),
        null);

    checks.amend(admin, sam, id, 0, changed, "Blood pressure typed from the wrong sheet");

    CheckHistory history = checks.get(admin, sam, id);
    assertThat(history.check().reading(Element.BLOOD_PRESSURE).orElseThrow().summary()).isEqualTo("142/91 mmHg");
    assertThat(history.check().interventions()).isEmpty();
    assertThat(history.changes()).singleElement().satisfies(c -> {
      assertThat(c.reason()).isEqualTo("Blood pressure typed from the wrong sheet");
      assertThat(c.before()).contains("Blood pressure (" + today.minusDays(3) + "): 128/82 mmHg");
    });
    assertThatThrownBy(() -> checks.amend(admin, sam, id, 0, changed, "Again")).isInstanceOf(EditConflict.class);
    assertThatThrownBy(() -> checks.amend(admin, sam, id, 1, changed, " ")).isInstanceOf(InvalidInput.class);
  }

  @Test
  void aVoidedCheckStaysOnRecordButCountsForNothing() {
    UUID id = checks.record(admin, sam, allSix(today.minusDays(3)));

    checks.voidCheck(admin, sam, id, "Entered on the wrong person");

    PersonHealth health = checks.history(admin, sam);
    assertThat(health.checks()).singleElement().satisfies(c -> assertThat(c.voidReason())
        .isEqualTo("Entered on the wrong person"));
    assertThat(health.completeToday()).isFalse();
    assertThat(health.lastCheck()).isNull();
    assertThatThrownBy(() -> checks.amend(admin, sam, id, 1, allSix(today), "Late"))
        .isInstanceOf(Refused.class);
  }

  @Test
  void aWorkerOnlySeesDueChecksOfPeopleOnTheirCaseloadAndNeverCheckedPeopleAreOverdue() {
    UUID worker = lambeth.staff(lambeth.ours, "Amara");
    CurrentUser amara = lambeth.user(Role.PRACTITIONER, worker);
    UUID jo = lambeth.person();
    UUID kim = lambeth.person();
    UUID lee = lambeth.person();
    for (UUID person : List.of(sam, jo, kim)) {
      careTeams.add(admin, person, new NewMember(worker, TeamRole.SUPPORT_WORKER, false, today.minusDays(400)));
    }
    // Sam's check a year and a week ago was due a week ago; Jo's 11 months and a week ago is due in 3 weeks;
    // Kim has never had one; Lee's is overdue but Lee is not on Amara's caseload.
    checks.record(admin, sam, allSix(today.minusYears(1).minusDays(7)));
    checks.record(admin, jo, allSix(today.minusMonths(11).minusDays(7)));
    checks.record(admin, lee, allSix(today.minusYears(2)));

    List<DueCheck> due = figures.due(amara);

    assertThat(due).extracting(DueCheck::personId).containsExactlyInAnyOrder(sam, jo, kim);
    assertThat(due).filteredOn(d -> d.personId().equals(kim)).singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(DueStatus.OVERDUE));
    assertThat(due).filteredOn(d -> d.personId().equals(jo)).singleElement()
        .satisfies(d -> assertThat(d.status()).isEqualTo(DueStatus.DUE));

    checks.record(amara, sam, allSix(today));
    assertThat(figures.due(amara)).extracting(DueCheck::personId).containsExactlyInAnyOrder(jo, kim);
  }

  @Test
  void theShareOfPeopleWithACompleteCheck() {
    UUID jo = lambeth.person();
    UUID kim = lambeth.person();
    checks.record(admin, sam, allSix(today.minusDays(10)));
    NewCheck declined = new NewCheck(today.minusDays(10), HealthRulesTest.replacing(
        HealthRulesTest.allSix(today.minusDays(10)),
        Reading.notTaken(Element.LIPIDS, Outcome.DECLINED, today.minusDays(10), "Did not want a blood test")),
        List.of(), null);
    checks.record(admin, jo, declined);

    // Sam complete; Jo declined lipids; Kim never checked: 1 of 3 = 33.3%
    Share share = figures.share(admin, List.of(sam, jo, kim), today);
    assertThat(share.complete()).isEqualTo(1);
    assertThat(share.people()).isEqualTo(3);
    assertThat(share.percent()).isEqualByComparingTo("33.3");
    // 11 days ago, before any of the checks, no one was complete.
    assertThat(figures.share(admin, List.of(sam, jo, kim), today.minusDays(11)).complete()).isZero();
  }

  @Test
  void someoneWhoMayNotOpenTheRecordSeesNoChecks() {
    CurrentUser stranger = lambeth.user(Role.PRACTITIONER, lambeth.staff(lambeth.theirs, "Nobody"));
    assertThatThrownBy(() -> checks.history(stranger, sam)).isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> checks.record(stranger, sam, allSix(today))).isInstanceOf(AccessDenied.class);
  }
}
