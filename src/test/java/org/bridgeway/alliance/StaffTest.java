package org.bridgeway.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
class StaffTest {

  static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

  @Autowired Staff staff;
  @Autowired Organisations organisations;
  @Autowired WorkforceReport workforce;
  @Autowired TestAlliances alliances;

  TestAlliance lambeth;
  CurrentUser admin;
  UUID charity;

  @BeforeEach
  void setUp() {
    lambeth = alliances.create();
    admin = lambeth.as(Role.ADMIN);
    charity = organisations.add(admin, new OrganisationDetails("Recovery Charity", Sector.VOLUNTARY, null));
  }

  StaffDetails member(String given, String hours, boolean livedExperience, LocalDate start, LocalDate end) {
    return new StaffDetails(charity, null, given, "Mensah", livedExperience ? StaffRole.PEER_WORKER
        : StaffRole.SUPPORT_WORKER, null, new BigDecimal(hours), livedExperience, start, end, null);
  }

  @Test
  void wholeTimeEquivalentsAreTheContractedHoursOverTheStandardWeek() {
    // Hand-worked: 37.5 + 18.75 + 22.5 = 78.75 hours; 78.75 / 37.5 = 2.1 WTE. Mean hours 78.75 / 3 = 26.25,
    // shown to one place as 26.3. Each person's own WTE: 1.0, 0.5 and 0.6. The fourth contract ended before
    // the day and does not count.
    LocalDate start = TODAY.minusYears(1);
    staff.add(admin, member("Ama", "37.5", false, start, null));
    UUID peer = staff.add(admin, member("Kofi", "18.75", true, start, null));
    staff.add(admin, member("Efua", "22.5", false, start, TODAY));
    staff.add(admin, member("Yaw", "30", false, start, TODAY.minusDays(1)));

    Workforce today = workforce.on(lambeth.id(), TODAY, null);

    assertThat(today.headcount()).isEqualTo(3);
    assertThat(today.wholeTimeEquivalents()).isEqualByComparingTo("2.1");
    assertThat(today.meanHours()).isEqualByComparingTo("26.3");
    assertThat(today.livedExperience()).isEqualTo(1);
    assertThat(staff.get(lambeth.id(), peer).wholeTimeEquivalent()).isEqualByComparingTo("0.5");
    assertThat(staff.page(lambeth.id(), 0, 20).items()).extracting(StaffMember::wholeTimeEquivalent)
        .map(BigDecimal::toPlainString).containsExactly("1.0", "0.6", "0.5", "0.8");
  }

  @Test
  void contractedHoursOutsideNoughtToEightyAndAnEndBeforeTheStartAreRefused() {
    assertThatThrownBy(() -> staff.add(admin, member("Ama", "80.5", false, TODAY, TODAY.minusDays(1))))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
            .extracting(p -> p.field()).containsExactly("contractedHours", "endDate"));
    assertThat(staff.page(lambeth.id(), 0, 20).total()).isZero();
  }

  @Test
  void theSecondOfTwoConcurrentChangesIsRefusedAsAConflict() {
    UUID id = staff.add(admin, member("Ama", "37.5", false, TODAY, null));
    staff.change(admin, id, member("Ama", "30", false, TODAY, null), 0);

    assertThatThrownBy(() -> staff.change(admin, id, member("Ama", "20", false, TODAY, null), 0))
        .isInstanceOf(EditConflict.class);
    assertThat(staff.get(lambeth.id(), id).contractedHours()).isEqualByComparingTo("30");
  }

  @Test
  void anotherAllianceCannotReadTheStaffMemberEvenWithTheirId() {
    UUID id = staff.add(admin, member("Ama", "37.5", false, TODAY, null));
    TestAlliance leeds = alliances.create();

    assertThatThrownBy(() -> staff.get(leeds.id(), id)).isInstanceOf(RecordNotFound.class);
    assertThat(staff.page(leeds.id(), 0, 20).total()).isZero();
  }
}
