package org.bridgeway.dayservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DaySessionTest {

  static DaySession session(LocalDate first, Repeat repeat, Set<DayOfWeek> days, LocalDate until) {
    NewSession s = new NewSession(null, SessionKind.GROUP, "Art group", null, null, null, false, first,
        LocalTime.of(18, 30), LocalTime.of(20, 0), repeat, days, until);
    return new DaySession(UUID.randomUUID(), UUID.randomUUID(), "Hub", SessionKind.GROUP, "Art group", null, null,
        null, false, first, LocalTime.of(18, 30), LocalTime.of(20, 0), s.rule(), 0);
  }

  @Test
  void aWeeklySessionRunsOnTheChosenDaysUntilTheLastDate() {
    // Monday 4 May 2026, Mondays and Thursdays until Thursday 21 May: 4, 7, 11, 14, 18 and 21 May.
    DaySession s = session(LocalDate.of(2026, 5, 4), Repeat.WEEKLY, EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY),
        LocalDate.of(2026, 5, 21));
    assertThat(s.rule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20260521");
    assertThat(s.occurrences(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).extracting(LocalDate::getDayOfMonth)
        .containsExactly(4, 7, 11, 14, 18, 21);
    assertThat(s.occurrences(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 14))).extracting(LocalDate::getDayOfMonth)
        .containsExactly(11, 14);
    assertThat(s.runsOn(LocalDate.of(2026, 5, 12))).isFalse();
    assertThat(s.whenText()).isEqualTo("Mondays, Thursdays, 6:30pm to 8:00pm, until 21 May 2026");
  }

  @Test
  void aMonthlySessionAndAWeekendOne() {
    DaySession monthly = session(LocalDate.of(2026, 1, 15), Repeat.MONTHLY, Set.of(), LocalDate.of(2026, 4, 20));
    assertThat(monthly.occurrences(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .containsExactly(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 15),
            LocalDate.of(2026, 4, 15));
    // Saturday 2 May 2026, Saturdays and Sundays until 10 May: 2, 3, 9, 10 May.
    DaySession weekend = session(LocalDate.of(2026, 5, 2), Repeat.WEEKLY,
        EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalDate.of(2026, 5, 10));
    assertThat(weekend.occurrences(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)))
        .extracting(LocalDate::getDayOfMonth).containsExactly(2, 3, 9, 10);
    assertThat(weekend.details().weekdays()).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }
}
