package org.bridgeway.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAccounts;
import org.bridgeway.TestAccounts.SignIn;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.NewAccount;
import org.bridgeway.access.Role;
import org.bridgeway.browser.Browser;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.workforce.NewShiftPattern;
import org.bridgeway.workforce.Rota;
import org.bridgeway.workforce.RotaRights;
import org.bridgeway.workforce.Shift;
import org.bridgeway.workforce.ShiftPattern;
import org.bridgeway.workforce.ShiftPatternChange;
import org.bridgeway.workforce.StaffBases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager opens next week's rota on a phone, sees a shift with a gap, puts a member of staff on it and the gap
 * closes. A person who lives at the service and was given the right sees the same week; a person living at
 * another service, without the right, is told there is no such page. The manager changes a shift pattern (a
 * stale change is refused with a message) and switches it off from a day. Every page passes axe.
 */
@BridgewayTest
class RotaJourneysTest {

  @RegisterExtension static final Browser browser = Browser.perTestClass();

  @LocalServerPort int port;
  @Autowired Scene scene;
  @Autowired Rota rota;
  @Autowired RotaRights rights;
  @Autowired StaffBases bases;
  @Autowired Stays stays;
  @Autowired Accounts accounts;
  @Autowired TestAccounts testAccounts;

  @Test
  void aManagerFillsAGapAndAPersonWithTheRightSeesTheWeekWhileAnotherIsRefused() {
    Scene.Alliance alliance = scene.create();
    LocalDate monday = scene.today().plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    UUID house = alliance.ourService;
    rota.addPattern(alliance.admin, house, new NewShiftPattern("Night", "22:00", "07:30", "1"));
    rota.makeShifts(alliance.admin, house, monday, monday);
    UUID asha = alliance.staff(alliance.ours, "Asha");
    bases.add(alliance.admin, house, asha, scene.today());
    Shift night = rota.week(alliance.test.id(), house, monday).days().get(0).shifts().get(0);
    UUID sam = alliance.person();
    stays.record(alliance.admin, sam, new NewStay(house, scene.today().minusMonths(1), null, null));
    rights.grant(alliance.admin, sam);
    UUID kim = alliance.person();
    stays.record(alliance.admin, kim, new NewStay(alliance.theirService, scene.today().minusMonths(1), null, null));
    SignIn manager = testAccounts.open(alliance.test, Role.MANAGER);

    browser.on(port).phone(390, 844);
    browser.signIn(manager.username(), manager.password());
    browser.open("/rota");
    assertThat(browser.heading()).isEqualTo("Rota");
    browser.checkAccessibility();
    browser.follow(rota.service(alliance.test.id(), house).name());
    browser.follow("Next week");
    assertThat(browser.textOf("#week-summary")).startsWith("1 shift has fewer staff than needed");
    assertThat(browser.textOf("#shift-" + night.id())).contains("Night, 22:00 to 07:30 (next day)",
        "Gap: 1 more needed", "0 of 1 staff");
    assertThat(browser.scrollsSideways()).isFalse();
    browser.checkAccessibility();

    browser.press("Put on the shift");
    assertThat(browser.text()).contains("Choose a member of staff");
    browser.checkAccessibility();
    browser.choose("staff-" + night.id(), "Asha Adeyemi (based here)");
    browser.press("Put on the shift");
    assertThat(browser.text()).contains("Saved: they are on the shift");
    assertThat(browser.textOf("#shift-" + night.id())).contains("Covered", "Asha Adeyemi", "1 of 1 staff")
        .doesNotContain("Gap");
    assertThat(browser.textOf("#week-summary")).startsWith("0 shifts have fewer staff than needed");
    browser.checkAccessibility();

    // The manager changes the night pattern; someone else changed it first, so the first try is refused.
    browser.follow("Night");
    assertThat(browser.heading()).startsWith("Night shift at Recovery house");
    browser.checkAccessibility();
    ShiftPattern pattern = rota.patterns(alliance.test.id(), house).get(0);
    rota.changePattern(alliance.admin, house, pattern.id(), new ShiftPatternChange("22:00", "07:30", "1",
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), pattern.version()));
    browser.fillIn("startsAt", "21:00");
    browser.press("Save the change");
    assertThat(browser.textOf("#conflict")).contains("Someone changed this shift pattern while you were looking at it");
    assertThat(browser.textOf("#pattern")).contains("Monday, Tuesday, Wednesday, Thursday, Friday");
    browser.checkAccessibility();
    browser.fillIn("startsAt", "21:00");
    browser.fillIn("endsAt", "07:00");
    browser.fillIn("staffNeeded", "2");
    browser.tick("Saturday");
    browser.press("Save the change");
    assertThat(browser.text()).contains("Shift pattern changed");
    assertThat(browser.textOf("#pattern")).contains("21:00 to 07:00 (next day)",
        "Monday, Tuesday, Wednesday, Thursday, Friday, Saturday", "2");
    browser.checkAccessibility();

    // It is switched off from the week after next; a reason is needed.
    browser.press("Switch the pattern off");
    assertThat(browser.text()).contains("Enter a real date", "Say why the shift is being switched off");
    browser.checkAccessibility();
    LocalDate off = monday.plusWeeks(1);
    browser.fillIn("offFromDay", String.valueOf(off.getDayOfMonth()));
    browser.fillIn("offFromMonth", String.valueOf(off.getMonthValue()));
    browser.fillIn("offFromYear", String.valueOf(off.getYear()));
    browser.fillIn("offReason", "Waking night no longer needed");
    browser.press("Switch the pattern off");
    assertThat(browser.textOf("#pattern")).contains("Switched off from", "Waking night no longer needed");
    browser.checkAccessibility();
    browser.follow("Back to the rota at " + rota.service(alliance.test.id(), house).name());
    assertThat(browser.textOf("#patterns")).contains("switched off from");
    // The night shift made before stays on the rota with its cover.
    browser.open("/rota/" + house + "?week=" + monday);
    assertThat(browser.textOf("#shift-" + night.id())).contains("Asha Adeyemi", "22:00 to 07:30");

    browser.press("Sign out");
    String samName = person(alliance, sam);
    browser.signIn(samName, Scene.PASSWORD);
    browser.open("/me/rota?week=" + monday);
    assertThat(browser.heading()).startsWith("The rota at Recovery house");
    assertThat(browser.textOf("#shift-" + night.id())).contains("Asha Adeyemi", "Covered");
    browser.checkAccessibility();

    browser.press("Sign out");
    browser.signIn(person(alliance, kim), Scene.PASSWORD);
    browser.open("/me/rota?week=" + monday);
    assertThat(browser.status()).isEqualTo(404);
  }

  private String person(Scene.Alliance alliance, UUID person) {
    String username = alliance.test.shortName() + "-p-" + person.toString().substring(0, 6);
    accounts.open(new NewAccount(username, Scene.PASSWORD, "Sam", Role.PERSON, alliance.test.id(), null, person));
    return username;
  }
}
