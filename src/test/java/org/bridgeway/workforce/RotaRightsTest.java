package org.bridgeway.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.EndOfStay;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class RotaRightsTest {

  @Autowired Scene scene;
  @Autowired Rota rota;
  @Autowired RotaRights rights;
  @Autowired StaffBases bases;
  @Autowired Stays stays;
  @Autowired AuditTrail audit;

  Scene.Alliance alliance;
  CurrentUser admin;
  UUID house;
  UUID otherHouse;
  UUID sam;
  CurrentUser samSignedIn;
  UUID asha;
  UUID ben;
  LocalDate monday;

  @BeforeEach
  void setUp() {
    alliance = scene.create();
    admin = alliance.admin;
    house = alliance.ourService;
    otherHouse = alliance.theirService;
    monday = scene.today().plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    for (UUID service : new UUID[] {house, otherHouse}) {
      rota.addPattern(admin, service, new NewShiftPattern("Early", "07:00", "15:00", "2"));
      rota.makeShifts(admin, service, monday, monday.plusDays(6));
    }
    asha = alliance.staff(alliance.ours, "Asha");
    ben = alliance.staff(alliance.ours, "Ben");
    bases.add(admin, house, asha, scene.today().minusMonths(1));
    sam = alliance.person();
    stays.record(admin, sam, new NewStay(house, scene.today().minusMonths(2), null, null));
    samSignedIn = new CurrentUser(UUID.randomUUID(), "sam", "Sam Okafor", Role.PERSON, alliance.test.id(),
        alliance.test.shortName(), null, sam);
  }

  Shift early(UUID service) {
    return rota.week(admin.alliance(), service, monday).days().get(0).shifts().get(0);
  }

  @Test
  void aPersonWithoutTheRightIsToldThereIsNoRota() {
    assertThatThrownBy(() -> rights.myWeek(samSignedIn, monday)).isInstanceOf(RecordNotFound.class);
    Shift shift = early(house);
    assertThatThrownBy(() -> rights.fillGap(samSignedIn, shift.id(), asha, shift.version()))
        .isInstanceOf(RecordNotFound.class);
    assertThat(early(house).covers()).isEmpty();
  }

  @Test
  void aPersonGivenTheRightSeesTheirServicesWeekAndPutsSomeoneBasedThereOnAGap() {
    UUID right = rights.grant(admin, sam);

    RotaWeek week = rights.myWeek(samSignedIn, monday);
    assertThat(week.serviceId()).isEqualTo(house);
    assertThat(week.gaps()).isEqualTo(7);
    // Only staff based at the service are offered to the person.
    assertThat(week.staff()).extracting(RotaWeek.StaffOption::name).containsExactly("Asha Adeyemi");
    Shift shift = early(house);
    rights.fillGap(samSignedIn, shift.id(), asha, shift.version());

    assertThat(early(house).covers()).extracting(Cover::staffName, Cover::byPerson)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Asha Adeyemi", true));
    assertThat(audit.page(alliance.test.id(), sam, 0, 50).items()).extracting(e -> e.action())
        .contains(AuditAction.CREATE, AuditAction.VIEW);
    assertThat(rights.ofPerson(admin, sam)).extracting(RotaRight::id, RotaRight::current)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(right, true));
  }

  @Test
  void aPersonMayNotTouchAnotherServicesRotaNorFillAShiftThatIsFullNorBringInStaffFromElsewhere() {
    rights.grant(admin, sam);
    Shift elsewhere = early(otherHouse);
    assertThatThrownBy(() -> rights.fillGap(samSignedIn, elsewhere.id(), asha, elsewhere.version()))
        .isInstanceOf(RecordNotFound.class);
    Shift shift = early(house);
    assertThatThrownBy(() -> rights.fillGap(samSignedIn, shift.id(), ben, shift.version()))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage()).startsWith("Choose a member of staff from"));
    rota.assign(admin, shift.id(), ben, shift.version());
    rota.assign(admin, shift.id(), alliance.staff(alliance.ours, "Cara"), shift.version() + 1);
    assertThatThrownBy(() -> rights.fillGap(samSignedIn, shift.id(), asha, shift.version() + 2))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage())
            .isEqualTo("This shift already has the staff it needs"));
    assertThat(early(elsewhere.serviceId()).covers()).isEmpty();
  }

  @Test
  void theRightGivesNothingOnceRevokedOrOnceThePersonHasMovedOn() {
    UUID right = rights.grant(admin, sam);
    assertThatThrownBy(() -> rights.revoke(admin, sam, right, "")).isInstanceOf(Refused.class);
    rights.revoke(admin, sam, right, "Asked to stop");
    assertThatThrownBy(() -> rights.myWeek(samSignedIn, monday)).isInstanceOf(RecordNotFound.class);

    rights.grant(admin, sam);
    var stay = stays.ofPerson(admin, sam).get(0);
    stays.end(admin, sam, stay.id(), stay.version(), new EndOfStay(scene.today(), EndReason.MOVED_ON, "Own flat"));
    assertThatThrownBy(() -> rights.myWeek(samSignedIn, monday)).isInstanceOf(RecordNotFound.class);
  }

  @Test
  void onlyManagersAndAdministratorsGiveTheRightAndOnlyForTheServiceThePersonLivesIn() {
    CurrentUser practitioner = alliance.user(Role.PRACTITIONER, alliance.staff(alliance.ours, "Pat"));
    assertThatThrownBy(() -> rights.grant(practitioner, sam)).isInstanceOf(AccessDenied.class);
    UUID nobodysHome = alliance.person();
    assertThatThrownBy(() -> rights.grant(admin, nobodysHome))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage()).startsWith("They have no stay"));
    rights.grant(admin, sam);
    assertThatThrownBy(() -> rights.grant(admin, sam)).isInstanceOf(Refused.class);
  }
}
