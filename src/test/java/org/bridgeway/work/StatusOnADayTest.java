package org.bridgeway.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StatusOnADayTest {

  static final LocalDate DAY = LocalDate.of(2026, 3, 31);
  static final UUID ANN = UUID.randomUUID();
  static final UUID BEN = UUID.randomUUID();
  static final UUID CAL = UUID.randomUUID();
  static final UUID DEE = UUID.randomUUID();
  static final UUID EVE = UUID.randomUUID();

  static VocationalStatus status(UUID person, LocalDate date, EmploymentStatus code, boolean volunteering,
      int second) {
    return new VocationalStatus(UUID.randomUUID(), person, date, code, volunteering, false, false, null, null, "t",
        Instant.ofEpochSecond(second));
  }

  @Test
  void theStatusOnADayIsTheLatestRecordDatedOnOrBeforeIt() {
    List<VocationalStatus> ann = List.of(status(ANN, DAY.minusYears(2), EmploymentStatus.LONG_TERM_SICK, false, 1),
        status(ANN, DAY, EmploymentStatus.EMPLOYED, false, 2),
        status(ANN, DAY.plusDays(1), EmploymentStatus.SEEKING_WORK, false, 3));

    assertThat(StatusOnADay.of(ann, DAY).orElseThrow().status()).isEqualTo(EmploymentStatus.EMPLOYED);
    assertThat(StatusOnADay.of(ann, DAY.minusDays(1)).orElseThrow().status())
        .isEqualTo(EmploymentStatus.LONG_TERM_SICK);
    assertThat(StatusOnADay.of(ann, DAY.minusYears(3))).isEmpty();
  }

  @Test
  void peopleInWorkVolunteeringEducationOrTrainingAreCountedByTheirStatusOnTheDay() {
    // By hand, on 31 March 2026:
    //   Ann: 04 from 2024, 01 employed from 31 March 2026 (on the day counts)      -> counted
    //   Ben: 07 unpaid voluntary work from 2025, then 04 from 1 April 2026 (after)  -> counted (07 on the day)
    //   Cal: 04 long-term sick, volunteering recorded beside it                     -> counted
    //   Dee: 01 employed in 2025, then 02 seeking work from 1 March 2026            -> not counted
    //   Eve: first record 03 student from 1 April 2026 (after the day)              -> not counted (no status)
    // Answer: 3.
    List<VocationalStatus> all = List.of(
        status(ANN, DAY.minusYears(2), EmploymentStatus.LONG_TERM_SICK, false, 1),
        status(ANN, DAY, EmploymentStatus.EMPLOYED, false, 2),
        status(BEN, DAY.minusYears(1), EmploymentStatus.VOLUNTEERING, false, 3),
        status(BEN, DAY.plusDays(1), EmploymentStatus.LONG_TERM_SICK, false, 4),
        status(CAL, DAY.minusMonths(6), EmploymentStatus.LONG_TERM_SICK, true, 5),
        status(DEE, DAY.minusYears(1), EmploymentStatus.EMPLOYED, false, 6),
        status(DEE, DAY.minusDays(30), EmploymentStatus.SEEKING_WORK, false, 7),
        status(EVE, DAY.plusDays(1), EmploymentStatus.STUDENT, false, 8));

    assertThat(StatusOnADay.occupiedPeople(all, DAY)).isEqualTo(3);
    // A day later Ben is 04 again and Eve a student: Ann, Cal, Eve -> 3; a year earlier only Ben (07) and Dee (01).
    assertThat(StatusOnADay.occupiedPeople(all, DAY.plusDays(1))).isEqualTo(3);
    assertThat(StatusOnADay.occupiedPeople(all, DAY.minusYears(1))).isEqualTo(2);
  }
}
