package org.bridgeway.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkforceTest {

  static final BigDecimal WEEK = new BigDecimal("37.5");

  @Test
  void wholeTimeEquivalentsAreTotalHoursOverTheStandardWeek() {
    // 37.5 + 18.75 + 22.5 = 78.75 hours; 78.75 / 37.5 = 2.1 WTE; mean 78.75 / 3 = 26.25 -> 26.3 (half up).
    Workforce workforce = Workforce.of(
        List.of(new BigDecimal("37.5"), new BigDecimal("18.75"), new BigDecimal("22.5")), 1, WEEK);

    assertThat(workforce.headcount()).isEqualTo(3);
    assertThat(workforce.wholeTimeEquivalents()).isEqualByComparingTo("2.1");
    assertThat(workforce.meanHours()).isEqualByComparingTo("26.3");
    assertThat(workforce.livedExperience()).isEqualTo(1);
  }

  @Test
  void theSeedsWorkforceOf110StaffAtAbout26HoursIsAbout77Wte() {
    // 110 staff x 26.25 hours = 2,887.5 hours; 2,887.5 / 37.5 = 77.0 WTE.
    Workforce workforce = Workforce.of(java.util.Collections.nCopies(110, new BigDecimal("26.25")), 0, WEEK);

    assertThat(workforce.wholeTimeEquivalents()).isEqualByComparingTo("77.0");
  }

  @Test
  void anAllianceMaySetItsOwnStandardWeek() {
    // 70 hours over a 35-hour week = 2.0 WTE.
    assertThat(Workforce.wte(new BigDecimal("70"), new BigDecimal("35"))).isEqualByComparingTo("2.0");
  }

  @Test
  void noStaffMeansNoHoursAndNoWte() {
    Workforce workforce = Workforce.of(List.of(), 0, WEEK);
    assertThat(workforce.meanHours()).isEqualByComparingTo("0");
    assertThat(workforce.wholeTimeEquivalents()).isEqualByComparingTo("0");
  }

  @Test
  void aStandardWeekOfNoHoursIsRefused() {
    assertThatThrownBy(() -> Workforce.of(List.of(), 0, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
