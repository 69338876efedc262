package org.bridgeway.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class WorkTest {

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired PersonWork work;
  @Autowired EmploymentTeams teams;
  @Autowired EmploymentCaseloads caseloads;
  @Autowired Staff staff;

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

  UUID team() {
    return services.add(admin, new ServiceDetails(alliance.ours, "Employment team", ServiceKind.EMPLOYMENT_TEAM,
        false, null, null, null, null, null, null, false, false, false, null, null, null, null));
  }

  NewJob job(String hours, Long pence) {
    return new NewJob("Greggs", "Baker", new BigDecimal(hours), pence, true, today.minusMonths(2));
  }

  @Test
  void aJobStartShowsAsTheCurrentStatusOnceTheStatusIsRecorded() {
    work.recordStatus(admin, sam, new NewVocationalStatus(today.minusYears(3), EmploymentStatus.LONG_TERM_SICK,
        true, false, false, new BigDecimal("4"), "Oxfam shop"));
    work.startJob(admin, sam, job("16", 1221L));
    work.recordStatus(admin, sam, new NewVocationalStatus(today.minusMonths(2), EmploymentStatus.EMPLOYED, false,
        false, false, null, null));

    WorkRecord record = work.of(admin, sam);
    assertThat(record.current().orElseThrow().status()).isEqualTo(EmploymentStatus.EMPLOYED);
    assertThat(record.jobs()).singleElement().satisfies(j -> assertThat(j.payText()).isEqualTo("£12.21 an hour"));
    assertThat(teams.occupiedOn(admin, today)).isEqualTo(1);
    assertThat(teams.occupiedOn(admin, today.minusYears(4))).isZero();
  }

  @Test
  void negativeHoursOrPayAreRefusedAndNothingIsSaved() {
    assertThatThrownBy(() -> work.startJob(admin, sam, job("-1", 1000L)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage())
            .isEqualTo("Hours a week must be between 0 and 168"));
    assertThatThrownBy(() -> work.startJob(admin, sam, job("10", -5L)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage())
            .isEqualTo("Pay cannot be negative"));
    assertThat(work.of(admin, sam).jobs()).isEmpty();
  }

  @Test
  void aJobCannotEndBeforeItStartedAndStaysOpen() {
    UUID job = work.startJob(admin, sam, job("16", null));

    assertThatThrownBy(() -> work.endJob(admin, sam, job, 0, today.minusMonths(3), JobEndReason.RESIGNED))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage())
            .startsWith("The job cannot end before it started"));
    assertThat(work.of(admin, sam).jobs().get(0).open()).isTrue();

    work.endJob(admin, sam, job, 0, today, JobEndReason.BETTER_JOB);
    assertThat(work.of(admin, sam).jobs().get(0).endReason()).isEqualTo(JobEndReason.BETTER_JOB);
  }

  @Test
  void aProfileSavedFromAStaleVersionIsAConflict() {
    work.saveProfile(admin, sam, new VocationalProfile("Chef", "Cooking", "Kitchens", 16, today, "UNDECIDED", 0));
    VocationalProfile read = work.of(admin, sam).profile();
    work.saveProfile(admin, sam, new VocationalProfile("Chef", "Cooking", "Cafes", 20, today, "DISCLOSE",
        read.version()));

    assertThatThrownBy(() -> work.saveProfile(admin, sam, new VocationalProfile("x", null, null, null, null, null,
        read.version()))).isInstanceOf(EditConflict.class);
    assertThat(work.of(admin, sam).profile().preferences()).isEqualTo("Cafes");
  }

  @Test
  void reviewsAreComparedItemByItemAndAScoreOutOfRangeIsRefused() {
    UUID team = team();
    List<Integer> first = new ArrayList<>(Collections.nCopies(25, 3));
    List<Integer> second = new ArrayList<>(Collections.nCopies(25, 3));
    second.set(0, 5);
    second.set(16, 2);
    UUID a = teams.recordReview(admin, team, new NewFidelityReview(today.minusYears(1), "Ana, Bo", first));
    UUID b = teams.recordReview(admin, team, new NewFidelityReview(today, "Ana, Bo", second));
    List<Integer> bad = new ArrayList<>(second);
    bad.set(3, 6);

    assertThatThrownBy(() -> teams.recordReview(admin, team, new NewFidelityReview(today, "Ana", bad)))
        .isInstanceOf(InvalidInput.class);
    assertThat(teams.reviews(admin, team)).hasSize(2);
    // 75 then 75 + 2 - 1 = 76.
    assertThat(teams.reviews(admin, team).get(0).total()).isEqualTo(76);
    List<ItemChange> changes = teams.compare(admin, team, a, b);
    assertThat(changes.get(0).change()).isEqualTo(2);
    assertThat(changes.get(16).change()).isEqualTo(-1);
    assertThat(changes.get(1).change()).isZero();
  }

  @Test
  void theCaseloadShowsEachPersonsCurrentStatusAndJob() {
    UUID team = team();
    UUID specialist = EmploymentCaseloadsTest.specialist(staff, alliance, "Priya", null);
    caseloads.allocate(admin, team, sam, new NewAllocation(specialist, today.minusMonths(1)));
    work.recordStatus(admin, sam, new NewVocationalStatus(today.minusDays(3), EmploymentStatus.EMPLOYED, false,
        false, false, null, null));
    work.startJob(admin, sam, job("16", 1221L));

    assertThat(teams.caseload(admin, team)).singleElement().satisfies(c -> {
      assertThat(c.status()).isEqualTo(EmploymentStatus.EMPLOYED);
      assertThat(c.currentJob()).isEqualTo("Baker at Greggs");
      assertThat(c.specialistName()).isEqualTo("Priya Adeyemi");
    });
  }
}
