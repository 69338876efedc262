package org.bridgeway.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class HealthRulesTest {

  static final LocalDate MAY_10 = LocalDate.of(2026, 5, 10);

  static List<Reading> allSix(LocalDate on) {
    return List.of(Reading.alcohol(on, 6, null), Reading.glucose(on, null, new BigDecimal("41")),
        Reading.bloodPressure(on, 128, 82), Reading.bodySize(on, new BigDecimal("175"), new BigDecimal("70")),
        Reading.lipids(on, new BigDecimal("4.8"), new BigDecimal("1.2"), null),
        Reading.smoking(on, Smoking.CURRENT, 10));
  }

  static NewCheck check(LocalDate on, List<Reading> readings) {
    return new NewCheck(on, readings, List.of(), null);
  }

  static List<Reading> replacing(List<Reading> readings, Reading instead) {
    List<Reading> changed = new ArrayList<>(readings.stream().filter(r -> r.element() != instead.element()).toList());
    changed.add(instead);
    return changed;
  }

  static List<String> fields(NewCheck check) {
    return HealthRules.problems(check, MAY_10).stream().map(FieldProblem::field).toList();
  }

  @Test
  void bodyMassIndexIsWorkedOutToOneDecimal() {
    // 70 kg / (1.75 m)² = 70 / 3.0625 = 22.857... -> 22.9
    assertThat(HealthRules.bmi(new BigDecimal("175"), new BigDecimal("70"))).isEqualByComparingTo("22.9");
    // 95.5 kg / (1.62 m)² = 95.5 / 2.6244 = 36.389... -> 36.4
    assertThat(HealthRules.bmi(new BigDecimal("162"), new BigDecimal("95.5"))).isEqualByComparingTo("36.4");
    // 81 kg / (1.8 m)² = 81 / 3.24 = 25 exactly, shown as 25.0
    assertThat(HealthRules.bmi(new BigDecimal("180"), new BigDecimal("81"))).isEqualByComparingTo("25.0");
    assertThat(HealthRules.bmi(null, new BigDecimal("81"))).isNull();
  }

  @Test
  void aCheckWithAllSixElementsInRangeHasNoProblems() {
    assertThat(HealthRules.problems(check(MAY_10, allSix(MAY_10)), MAY_10)).isEmpty();
  }

  @Test
  void aBodyMassIndexOutsideTenToEightyIsRefusedThoughHeightAndWeightAreEachInRange() {
    // 300 kg / (1.5 m)² = 300 / 2.25 = 133.3, above 80
    NewCheck heavy = check(MAY_10, replacing(allSix(MAY_10),
        Reading.bodySize(MAY_10, new BigDecimal("150"), new BigDecimal("300"))));
    assertThat(HealthRules.problems(heavy, MAY_10)).extracting(FieldProblem::message)
        .containsExactly("This height and weight give a body mass index of 133.3, outside 10 to 80: check both");
    // 20 kg / (2.5 m)² = 20 / 6.25 = 3.2, below 10
    NewCheck light = check(MAY_10, replacing(allSix(MAY_10),
        Reading.bodySize(MAY_10, new BigDecimal("250"), new BigDecimal("20"))));
    assertThat(fields(light)).containsExactly("weightKg");
  }

  @Test
  void heightAndWeightOutsideTheirRangesAreRefusedBesideTheirFields() {
    NewCheck check = check(MAY_10, replacing(allSix(MAY_10),
        Reading.bodySize(MAY_10, new BigDecimal("49"), new BigDecimal("351"))));
    assertThat(HealthRules.problems(check, MAY_10)).containsExactly(
        new FieldProblem("heightCm", "Height must be between 50 and 250 cm"),
        new FieldProblem("weightKg", "Weight must be between 20 and 350 kg"));
  }

  @Test
  void bloodPressureMustBeInRangeAndTheDiastolicBelowTheSystolic() {
    assertThat(fields(check(MAY_10, replacing(allSix(MAY_10), Reading.bloodPressure(MAY_10, 301, 29)))))
        .containsExactly("systolic", "diastolic");
    assertThat(HealthRules.problems(check(MAY_10, replacing(allSix(MAY_10), Reading.bloodPressure(MAY_10, 90, 95))),
        MAY_10)).extracting(FieldProblem::message)
        .containsExactly("The diastolic (lower) pressure must be below the systolic (upper) pressure");
    assertThat(fields(check(MAY_10, replacing(allSix(MAY_10), Reading.bloodPressure(MAY_10, 50, 30))))).isEmpty();
  }

  @Test
  void glucoseHbA1cAndCholesterolHaveTheirRanges() {
    assertThat(fields(check(MAY_10, replacing(allSix(MAY_10),
        Reading.glucose(MAY_10, new BigDecimal("0.9"), new BigDecimal("201")))))).containsExactly("glucose", "hba1c");
    assertThat(fields(check(MAY_10, replacing(allSix(MAY_10), Reading.glucose(MAY_10, null, null)))))
        .containsExactly("glucose");
    assertThat(fields(check(MAY_10, replacing(allSix(MAY_10),
        Reading.lipids(MAY_10, new BigDecimal("20.1"), null, null))))).containsExactly("totalCholesterol");
  }

  @Test
  void aCurrentSmokerNeedsCigarettesADayAndOthersNone() {
    assertThat(fields(check(MAY_10, replacing(allSix(MAY_10), Reading.smoking(MAY_10, Smoking.CURRENT, null)))))
        .containsExactly("perDay");
    assertThat(fields(check(MAY_10, replacing(allSix(MAY_10), Reading.smoking(MAY_10, Smoking.EX, 5)))))
        .containsExactly("perDay");
  }

  @Test
  void anElementDeclinedNeedsAReasonAndAMissingElementIsNamed() {
    List<Reading> readings = replacing(allSix(MAY_10), Reading.notTaken(Element.LIPIDS, Outcome.DECLINED, MAY_10, " "));
    assertThat(fields(check(MAY_10, readings))).containsExactly("lipidsReason");
    assertThat(fields(check(MAY_10, allSix(MAY_10).subList(0, 5)))).containsExactly("smokingOutcome");
  }

  @Test
  void aCheckCannotBeInTheFutureNorItsNextDueDateBeforeIt() {
    assertThat(fields(check(MAY_10.plusDays(1), allSix(MAY_10)))).containsExactly("checkDate");
    assertThat(fields(new NewCheck(MAY_10, allSix(MAY_10), List.of(), MAY_10))).containsExactly("nextDue");
  }

  @Test
  void theNextCheckIsDueTwelveMonthsAfterTheCheckUnlessSaidOtherwise() {
    assertThat(check(MAY_10, allSix(MAY_10)).due()).isEqualTo(LocalDate.of(2027, 5, 10));
    assertThat(new NewCheck(MAY_10, allSix(MAY_10), List.of(), LocalDate.of(2026, 11, 10)).due())
        .isEqualTo(LocalDate.of(2026, 11, 10));
  }

  @Test
  void aCheckIsCompleteWhenEachElementWasRecordedInThe365DaysEndingThatDay() {
    // The 365 days ending 10 May 2026 run from 11 May 2025 to 10 May 2026.
    LocalDate firstDay = LocalDate.of(2025, 5, 11);
    assertThat(HealthRules.complete(allSix(firstDay), MAY_10)).isTrue();
    assertThat(HealthRules.complete(allSix(firstDay), MAY_10.plusDays(1))).isFalse();
    assertThat(HealthRules.complete(allSix(MAY_10), MAY_10.minusDays(1))).isFalse();
    List<Reading> declined = replacing(allSix(MAY_10),
        Reading.notTaken(Element.GLUCOSE, Outcome.DECLINED, MAY_10, "Did not want a blood test"));
    assertThat(HealthRules.complete(declined, MAY_10)).isFalse();
    List<Reading> earlierGlucose = new ArrayList<>(declined);
    earlierGlucose.add(Reading.glucose(LocalDate.of(2025, 9, 1), new BigDecimal("5.4"), null));
    assertThat(HealthRules.complete(earlierGlucose, MAY_10)).isTrue();
  }

  @Test
  void aCheckIsDueWithinFourWeeksAndOverdueOnceItsDateHasPassed() {
    // 28 days after 10 May 2026 is 7 June 2026.
    assertThat(HealthRules.dueStatus(LocalDate.of(2026, 6, 7), MAY_10)).isEqualTo(DueStatus.DUE);
    assertThat(HealthRules.dueStatus(LocalDate.of(2026, 6, 8), MAY_10)).isEqualTo(DueStatus.NOT_DUE);
    assertThat(HealthRules.dueStatus(MAY_10, MAY_10)).isEqualTo(DueStatus.DUE);
    assertThat(HealthRules.dueStatus(MAY_10.minusDays(1), MAY_10)).isEqualTo(DueStatus.OVERDUE);
  }

  @Test
  void theShareIsAPercentageToOneDecimal() {
    // 2 of 3 = 66.666...% -> 66.7
    assertThat(new Share(MAY_10, 2, 3).percent()).isEqualByComparingTo("66.7");
    assertThat(new Share(MAY_10, 0, 0).percent()).isNull();
  }
}
