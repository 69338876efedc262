package org.bridgeway.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.careteam.Scene;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class StatusChangesTest {

  @Autowired Scene scene;
  @Autowired PersonWork work;
  @Autowired EmploymentTeams teams;

  Scene.Alliance alliance;
  CurrentUser admin;
  UUID sam;
  LocalDate today;

  @BeforeEach
  void setUp() {
    alliance = scene.create();
    admin = alliance.admin;
    sam = alliance.person();
    today = work.today();
  }

  UUID status(LocalDate from, EmploymentStatus code) {
    return work.recordStatus(admin, sam, new NewVocationalStatus(from, code, false, false, false, null, null));
  }

  NewVocationalStatus employed(LocalDate from) {
    return new NewVocationalStatus(from, EmploymentStatus.EMPLOYED, false, false, false, null, null);
  }

  @Test
  void aStatusChangedAtTheVersionReadTakesEffectAndAStaleChangeIsAConflict() {
    UUID id = status(today.minusDays(30), EmploymentStatus.SEEKING_WORK);

    work.changeStatus(admin, sam, id, 0, employed(today.minusDays(30)));

    assertThatThrownBy(() -> work.changeStatus(admin, sam, id, 0, employed(today.minusDays(40))))
        .isInstanceOf(EditConflict.class);
    VocationalStatus now = work.of(admin, sam).statuses().get(0);
    assertThat(now.status()).isEqualTo(EmploymentStatus.EMPLOYED);
    assertThat(now.date()).isEqualTo(today.minusDays(30));
    assertThat(now.version()).isEqualTo(1);
    // One person, employed (01) on the day: the figure counts 1.
    assertThat(teams.occupiedOn(admin, today)).isEqualTo(1);
  }

  @Test
  void aVoidedStatusStaysOnTheRecordButCountsInNoFigureAndIsHiddenFromThePerson() {
    status(today.minusYears(1), EmploymentStatus.LONG_TERM_SICK);
    UUID wrong = status(today.minusDays(10), EmploymentStatus.EMPLOYED);
    // Before the void: the latest status, 01 employed, counts: 1 person.
    assertThat(teams.occupiedOn(admin, today)).isEqualTo(1);

    work.voidStatus(admin, sam, wrong, 0, "Recorded for the wrong person");

    // After: the status now is the one before, 05 long-term sick, which does not count: 0 people.
    assertThat(teams.occupiedOn(admin, today)).isZero();
    WorkRecord record = work.of(admin, sam);
    assertThat(record.current().orElseThrow().status()).isEqualTo(EmploymentStatus.LONG_TERM_SICK);
    assertThat(record.statuses()).hasSize(2).filteredOn(VocationalStatus::voided).singleElement()
        .satisfies(s -> {
          assertThat(s.voidReason()).isEqualTo("Recorded for the wrong person");
          assertThat(s.voidedBy()).isEqualTo(admin.username());
        });
    CurrentUser person = new CurrentUser(UUID.randomUUID(), "sam", "Sam Okafor", Role.PERSON, alliance.test.id(),
        alliance.test.shortName(), null, sam);
    assertThat(work.mine(person).statuses()).singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo(EmploymentStatus.LONG_TERM_SICK));
  }

  @Test
  void aVoidNeedsAReasonAndAVoidedStatusCannotChangeOrBeVoidedAgain() {
    UUID id = status(today.minusDays(10), EmploymentStatus.EMPLOYED);

    assertThatThrownBy(() -> work.voidStatus(admin, sam, id, 0, "  "))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.field()).isEqualTo("voidReason"));
    assertThat(work.of(admin, sam).statuses().get(0).voided()).isFalse();

    work.voidStatus(admin, sam, id, 0, "Entered twice");
    assertThatThrownBy(() -> work.changeStatus(admin, sam, id, 1, employed(today)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> work.voidStatus(admin, sam, id, 1, "Again")).isInstanceOf(Refused.class);
  }
}
