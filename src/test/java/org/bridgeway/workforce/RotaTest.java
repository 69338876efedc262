package org.bridgeway.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
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
}
