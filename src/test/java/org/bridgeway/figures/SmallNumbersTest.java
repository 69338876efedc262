package org.bridgeway.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The small-numbers rule as commissioners see it, and figures as everyone else sees them. */
class SmallNumbersTest {

  @Test
  void aCountFromOneToFourIsFewerThanFiveAndTheChangeIsHidden() {
    // 4 against 20 would be −80.0%: shown, the change would give the 4 away.
    Figure f = Figure.of(FigureId.MOVED_ON, Measure.count(4), Measure.count(20), true);
    assertThat(f.valueText()).isEqualTo("fewer than 5");
    assertThat(f.value()).isNull();
    assertThat(f.baselineText()).isEqualTo("20");
    assertThat(f.change()).isNull();
    assertThat(f.changeText()).isEqualTo("not shown: small numbers");
    assertThat(f.status()).isEqualTo(Status.NOT_COMPARED);
    assertThat(f.suppressed()).isTrue();
  }

  @Test
  void zeroAndFiveAreShown() {
    Figure f = Figure.of(FigureId.MOVED_ON, Measure.count(5), Measure.count(0), true);
    assertThat(f.valueText()).isEqualTo("5");
    assertThat(f.baselineText()).isEqualTo("0");
    assertThat(f.changeText()).isEqualTo("no baseline");
    assertThat(f.suppressed()).isFalse();
  }

  @Test
  void aShareIsHiddenWhenThePeopleCountedOrThePeopleNotCountedNumberOneToFour() {
    // 3 of 40 is 7.5%: 3 people. 38 of 40 is 95.0%: 2 people without. 20 of 40 is 50.0%: shown.
    assertThat(Figure.of(FigureId.HEALTH_CHECKS, Measure.share(3, 40), Measure.share(20, 40), true).valueText())
        .isEqualTo("not shown: small numbers");
    assertThat(Figure.of(FigureId.HEALTH_CHECKS, Measure.share(38, 40), Measure.share(20, 40), true).valueText())
        .isEqualTo("not shown: small numbers");
    Figure shown = Figure.of(FigureId.HEALTH_CHECKS, Measure.share(20, 40), Measure.share(10, 40), true);
    assertThat(shown.valueText()).isEqualTo("50.0%");
    // (50.0 − 25.0) / 25.0 = +100.0%.
    assertThat(shown.changeText()).isEqualTo("+100.0%");
    assertThat(shown.statusText()).isEqualTo("Up: better");
  }

  @Test
  void aMedianOverFewerThanFivePeopleIsHidden() {
    Figure f = Figure.of(FigureId.WAITING_DECISION_MEDIAN, Measure.over(BigDecimal.TEN, 3),
        Measure.over(BigDecimal.ONE, 9), true);
    assertThat(f.valueText()).isEqualTo("not shown: small numbers");
    assertThat(f.baselineText()).isEqualTo("1 day");
  }

  @Test
  void aFilteredCountIsHiddenWhenTheRestOfTheAllianceNumbersOneToFour() {
    // 7 people moved on from one partner's services, 9 across the alliance: the other 2 could be worked out.
    Figure f = Figure.of(FigureId.MOVED_ON, Measure.count(7).alsoResting(9 - 7), Measure.count(12), true);
    assertThat(f.valueText()).isEqualTo("not shown: small numbers");
    assertThat(f.value()).isNull();
  }

  @Test
  void managersSeeEveryNumber() {
    Figure f = Figure.of(FigureId.RESIDENTIAL_PLACEMENTS, Measure.count(3), Measure.count(4), false);
    assertThat(f.valueText()).isEqualTo("3");
    // (3 − 4) / 4 = −25.0%, down, which is better for placements.
    assertThat(f.changeText()).isEqualTo("-25.0%");
    assertThat(f.statusText()).isEqualTo("Down: better");
    assertThat(f.suppressed()).isFalse();
  }

  @Test
  void moneyIsWrittenInPoundsAndCarriedInPence() {
    Figure f = Figure.of(FigureId.COST_OF_CARE, Measure.amount(BigDecimal.valueOf(105_000)),
        Measure.amount(BigDecimal.valueOf(100_000)), true);
    assertThat(f.value()).isEqualByComparingTo("105000");
    assertThat(f.valueText()).isEqualTo("£1,050.00");
    assertThat(f.changeText()).isEqualTo("+5.0%");
    assertThat(f.statusText()).isEqualTo("Up: worse");
  }
}
