package org.bridgeway.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void theLastFullQuarterIsTheOneBeforeTheQuarterOfTheDay() {
    assertThat(Period.lastFullQuarter(LocalDate.of(2026, 11, 25)))
        .isEqualTo(new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
    assertThat(Period.lastFullQuarter(LocalDate.of(2026, 1, 1)))
        .isEqualTo(new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
  }

  @Test
  void theBaselineOfAQuarterIsTheSameQuarterAYearEarlier() {
    assertThat(Period.quarter(2026, 3).yearEarlier()).isEqualTo(Period.quarter(2025, 3));
  }

  @Test
  void aBaselineHasTheSameNumberOfDaysEvenAcrossTheTwentyNinthOfFebruary() {
    // January to March 2028 holds 29 February: 91 days. A year earlier, 91 days from 1 January 2027 end 1 April.
    Period leap = Period.quarter(2028, 1);
    assertThat(leap.days()).isEqualTo(91);
    assertThat(leap.yearEarlier()).isEqualTo(new Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1)));
  }

  @Test
  void aFinancialYearRunsFromAprilToMarch() {
    Period year = Period.financialYearOf(LocalDate.of(2026, 2, 10));
    assertThat(year).isEqualTo(new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)));
    assertThat(year.financialYear()).isTrue();
    assertThat(Period.quarter(2025, 2).financialYear()).isFalse();
  }

  @Test
  void aPeriodCannotEndBeforeItStarts() {
    assertThatThrownBy(() -> new Period(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 9)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.field()).isEqualTo("end"));
  }
}
