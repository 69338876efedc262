package org.bridgeway.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffDetails;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.careteam.Scene;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class RotaTest {

  @Autowired Scene scene;
  @Autowired Rota rota;
  @Autowired Staff staff;

  Scene.Alliance alliance;
  CurrentUser admin;
  UUID house;
  LocalDate monday;
  UUID asha;
  UUID ben;

  @BeforeEach
  void setUp() {
    alliance = scene.create();
    admin = alliance.admin;
    house = alliance.ourService;
    monday = scene.today().plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    rota.addPattern(admin, house, new NewShiftPattern("Early", "07:00", "15:00", "2"));
    rota.addPattern(admin, house, new NewShiftPattern("Late", "14:30", "22:30", "2"));
    rota.addPattern(admin, house, new NewShiftPattern("Night", "22:00", "07:30", "1"));
    asha = alliance.staff(alliance.ours, "Asha");
    ben = alliance.staff(alliance.ours, "Ben");
  }

  Shift shift(LocalDate day, String name) {
    return rota.week(admin.alliance(), house, day).days().stream().filter(d -> d.date().equals(day))
        .flatMap(d -> d.shifts().stream()).filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void shiftsAreMadeOnceADayForEachPatternAndANightShiftEndsTheNextMorning() {
    assertThat(rota.makeShifts(admin, house, monday, monday.plusDays(6))).isEqualTo(21);
    assertThat(rota.makeShifts(admin, house, monday, monday.plusDays(7))).isEqualTo(3);

    RotaWeek week = rota.week(admin.alliance(), house, monday.plusDays(3));
    assertThat(week.monday()).isEqualTo(monday);
    assertThat(week.shifts()).isEqualTo(21);
    // Nobody is on any shift yet, so every one of the 21 has a gap.
    assertThat(week.gaps()).isEqualTo(21);
    Shift night = shift(monday, "Night");
    assertThat(night.startsAt()).isEqualTo(LocalDateTime.of(monday, java.time.LocalTime.of(22, 0)));
    assertThat(night.endsAt()).isEqualTo(LocalDateTime.of(monday.plusDays(1), java.time.LocalTime.of(7, 30)));
    assertThat(night.timesText()).isEqualTo("22:00 to 07:30 (next day)");
  }

  @Test
  void aShiftWithFewerStaffThanItNeedsIsAGapUntilItIsFilled() {
    rota.makeShifts(admin, house, monday, monday.plusDays(6));
    Shift early = shift(monday, "Early");
    rota.assign(admin, early.id(), asha, early.version());
    assertThat(shift(monday, "Early").missing()).isEqualTo(1);
    rota.assign(admin, early.id(), ben, early.version() + 1);

    Shift filled = shift(monday, "Early");
    assertThat(filled.gap()).isFalse();
    assertThat(filled.covers()).extracting(Cover::staffName).containsExactlyInAnyOrder("Asha Adeyemi", "Ben Adeyemi");
    assertThat(rota.week(admin.alliance(), house, monday).gaps()).isEqualTo(20);
  }

  @Test
  void noOneIsOnTwoShiftsThatOverlapAndTheRefusalSaysWhichShiftItClashesWith() {
    rota.makeShifts(admin, house, monday, monday.plusDays(6));
    Shift night = shift(monday, "Night");
    rota.assign(admin, night.id(), asha, night.version());
    Shift late = shift(monday, "Late");
    Shift tuesdayEarly = shift(monday.plusDays(1), "Early");

    // Late 14:30-22:30 shares 22:00-22:30 with the night; Tuesday's early from 07:00 shares 07:00-07:30 with it.
    assertThatThrownBy(() -> rota.assign(admin, late.id(), asha, late.version()))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage()).startsWith(
            "Asha Adeyemi is already on the Night shift 22:00 to 07:30 (next day) at Recovery house")
            .endsWith("which overlaps this one. Choose someone else"));
    assertThatThrownBy(() -> rota.assign(admin, tuesdayEarly.id(), asha, tuesdayEarly.version()))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> rota.assign(admin, night.id(), asha, night.version() + 1))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage()).isEqualTo(
            "Asha Adeyemi is already on this shift"));
    assertThat(shift(monday, "Late").covers()).isEmpty();
    // The early shift on Tuesday from 07:30 would not overlap, but ours starts at 07:00; Wednesday's early is free.
    Shift wednesdayEarly = shift(monday.plusDays(2), "Early");
    rota.assign(admin, wednesdayEarly.id(), asha, wednesdayEarly.version());
  }

  @Test
  void anEditMadeFromAnOldCopyOfTheRotaIsRefusedAndChangesNothing() {
    rota.makeShifts(admin, house, monday, monday.plusDays(6));
    Shift early = shift(monday, "Early");
    rota.assign(admin, early.id(), asha, early.version());

    assertThatThrownBy(() -> rota.assign(admin, early.id(), ben, early.version())).isInstanceOf(EditConflict.class);
    assertThat(shift(monday, "Early").covers()).extracting(Cover::staffName).containsExactly("Asha Adeyemi");
  }

  @Test
  void onlyStaffOfThisAllianceWhoseContractCoversTheDayMayBePutOnAShift() {
    rota.makeShifts(admin, house, monday, monday.plusDays(6));
    Scene.Alliance elsewhere = scene.create();
    UUID stranger = elsewhere.staff(elsewhere.ours, "Stranger");
    UUID leaver = staff.add(admin, new StaffDetails(alliance.ours, null, "Lee", "Adeyemi", StaffRole.SUPPORT_WORKER,
        null, new BigDecimal("37.5"), false, scene.today().minusYears(1), monday.minusDays(1), null));
    Shift early = shift(monday, "Early");

    assertThatThrownBy(() -> rota.assign(admin, early.id(), stranger, early.version()))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage())
            .startsWith("Choose a member of staff whose contract covers Monday"));
    assertThatThrownBy(() -> rota.assign(admin, early.id(), leaver, early.version())).isInstanceOf(Refused.class);
    assertThat(shift(monday, "Early").covers()).isEmpty();
  }

  @Test
  void someoneTakenOffAShiftNeedsAReasonAndTheGapOpensAgain() {
    rota.makeShifts(admin, house, monday, monday.plusDays(6));
    Shift night = shift(monday, "Night");
    UUID on = rota.assign(admin, night.id(), asha, night.version());
    assertThat(shift(monday, "Night").gap()).isFalse();

    assertThatThrownBy(() -> rota.remove(admin, night.id(), on, night.version() + 1, " "))
        .isInstanceOf(Refused.class);
    rota.remove(admin, night.id(), on, night.version() + 1, "Off sick");

    assertThat(shift(monday, "Night").gap()).isTrue();
  }

  @Test
  void aPatternNeedsANameTimesAndAtLeastOneMemberOfStaff() {
    assertThatThrownBy(() -> rota.addPattern(admin, house, new NewShiftPattern(" ", "7am", "07:00", "0")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly("name", "startsAt", "staffNeeded"));
    assertThatThrownBy(() -> rota.addPattern(admin, house, new NewShiftPattern("early", "06:00", "14:00", "1")))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage()).endsWith("already has a shift called early"));
    assertThatThrownBy(() -> rota.makeShifts(admin, house, monday, monday.plusDays(Rota.MOST_DAYS)))
        .isInstanceOf(Refused.class);
  }

  ShiftPattern pattern(String name) {
    return rota.patterns(admin.alliance(), house).stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow();
  }

  @Test
  void aChangedPatternMakesItsNewShiftsOnItsDaysWhileTheShiftsMadeBeforeKeepTheirTimes() {
    rota.makeShifts(admin, house, monday, monday.plusDays(6));
    ShiftPattern early = pattern("Early");
    rota.changePattern(admin, house, early.id(), new ShiftPatternChange("08:00", "16:00", "3",
        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), early.version()));

    ShiftPattern changed = pattern("Early");
    assertThat(changed.timesText()).isEqualTo("08:00 to 16:00");
    assertThat(changed.staffNeeded()).isEqualTo(3);
    assertThat(changed.daysText()).isEqualTo("Monday, Wednesday, Friday");
    assertThat(changed.version()).isEqualTo(early.version() + 1);
    // This week's early shifts were made before the change: 07:00 for 2 staff.
    assertThat(shift(monday, "Early").startsAt().toLocalTime()).isEqualTo(java.time.LocalTime.of(7, 0));
    assertThat(shift(monday, "Early").staffNeeded()).isEqualTo(2);
    // The next week: Late and Night every day (7 + 7) and Early on Monday, Wednesday and Friday (3): 17 shifts.
    LocalDate next = monday.plusWeeks(1);
    assertThat(rota.makeShifts(admin, house, next, next.plusDays(6))).isEqualTo(17);
    assertThat(shift(next, "Early").startsAt().toLocalTime()).isEqualTo(java.time.LocalTime.of(8, 0));
    assertThat(shift(next, "Early").staffNeeded()).isEqualTo(3);
    assertThat(rota.week(admin.alliance(), house, next).days().get(1).shifts()).extracting(Shift::name)
        .containsExactly("Late", "Night");
  }

  @Test
  void aChangeMadeFromAnOldCopyOfThePatternOrWithoutDaysIsRefusedAndChangesNothing() {
    ShiftPattern early = pattern("Early");
    rota.changePattern(admin, house, early.id(), new ShiftPatternChange("06:00", "14:00", "2",
        EnumSet.allOf(DayOfWeek.class), early.version()));

    assertThatThrownBy(() -> rota.changePattern(admin, house, early.id(), new ShiftPatternChange("09:00", "17:00",
        "1", EnumSet.allOf(DayOfWeek.class), early.version()))).isInstanceOf(EditConflict.class);
    assertThatThrownBy(() -> rota.changePattern(admin, house, early.id(), new ShiftPatternChange("09:00", "09:00",
        "51", Set.of(), early.version() + 1)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly("endsAt", "staffNeeded", "days"));
    assertThat(pattern("Early").timesText()).isEqualTo("06:00 to 14:00");
    assertThat(pattern("Early").staffNeeded()).isEqualTo(2);
  }

  @Test
  void aPatternSwitchedOffFromADayKeepsTheShiftsBeforeItAndMakesNoneFromIt() {
    rota.makeShifts(admin, house, monday, monday.plusDays(6));
    ShiftPattern night = pattern("Night");
    assertThatThrownBy(() -> rota.switchOff(admin, house, night.id(), monday.plusDays(3), " ", night.version()))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(p -> p.field())
            .containsExactly("offReason"));
    rota.switchOff(admin, house, night.id(), monday.plusDays(10), "Waking night no longer needed", night.version());

    ShiftPattern off = pattern("Night");
    assertThat(off.offFrom()).isEqualTo(monday.plusDays(10));
    assertThat(off.offReason()).isEqualTo("Waking night no longer needed");
    // Made before: this week's 7 nights stay.
    assertThat(rota.week(admin.alliance(), house, monday).days()).allSatisfy(d ->
        assertThat(d.shifts()).extracting(Shift::name).contains("Night"));
    // Next week, Monday to Sunday is days 7 to 13: Early and Late every day (14) and Night only on days 7, 8 and 9
    // (before the switch-off day 10): 17.
    LocalDate next = monday.plusWeeks(1);
    assertThat(rota.makeShifts(admin, house, next, next.plusDays(6))).isEqualTo(17);
    assertThat(rota.week(admin.alliance(), house, next).days().get(3).shifts()).extracting(Shift::name)
        .containsExactly("Early", "Late");
    assertThatThrownBy(() -> rota.switchOff(admin, house, night.id(), monday, "Again", off.version()))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage()).startsWith(
            "The Night shift is already switched off from"));
    assertThatThrownBy(() -> rota.switchOff(admin, house, pattern("Early").id(), monday, "Stale",
        pattern("Early").version() - 1)).isInstanceOf(EditConflict.class);
  }
}
