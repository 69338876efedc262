package org.bridgeway.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.BridgewayTest;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffDetails;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.careteam.Scene;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@BridgewayTest
public class EmploymentCaseloadsTest {

  @Autowired Scene scene;
  @Autowired Services services;
  @Autowired Staff staff;
  @Autowired PersonWork work;
  @Autowired EmploymentCaseloads caseloads;

  Scene.Alliance alliance;
  CurrentUser admin;
  UUID sam;
  UUID team;
  UUID priya;
  LocalDate today;

  /** An employment specialist of the alliance, on contract for two years up to the end date given. */
  public static UUID specialist(Staff staff, Scene.Alliance alliance, String name, @Nullable LocalDate end) {
    LocalDate today = LocalDate.now();
    return staff.add(alliance.admin, new StaffDetails(alliance.ours, null, name, "Adeyemi",
        StaffRole.EMPLOYMENT_SPECIALIST, "Employment specialist", new BigDecimal("37.5"), false,
        today.minusYears(2), end, null));
  }

  @BeforeEach
  void setUp() {
    alliance = scene.create();
    admin = alliance.admin;
    sam = alliance.person();
    today = work.today();
    team = services.add(admin, new ServiceDetails(alliance.ours, "Employment team", ServiceKind.EMPLOYMENT_TEAM,
        false, null, null, null, null, null, null, false, false, false, null, null, null, null));
    priya = specialist(staff, alliance, "Priya", null);
  }

  @Test
  void aPersonAllocatedToASpecialistIsOnTheirCaseloadWithTheirStatusAndLatestJobStart() {
    caseloads.allocate(admin, team, sam, new NewAllocation(priya, today.minusMonths(3)));
    work.recordStatus(admin, sam, new NewVocationalStatus(today.minusDays(20), EmploymentStatus.EMPLOYED, false,
        false, false, null, null));
    work.startJob(admin, sam, new NewJob("Greggs", "Baker", new BigDecimal("16"), null, true,
        today.minusMonths(2)));
    UUID later = work.startJob(admin, sam, new NewJob("Oxfam", "Shop assistant", new BigDecimal("8"), null, false,
        today.minusDays(20)));
    work.endJob(admin, sam, later, 0, today.minusDays(5), JobEndReason.RESIGNED);

    // Two jobs started two months and twenty days ago: the latest start is the second, even though it has ended.
    assertThat(caseloads.ofSpecialist(admin, team, priya)).singleElement().satisfies(c -> {
      assertThat(c.personName()).isEqualTo("Sam Okafor");
      assertThat(c.status()).isEqualTo(EmploymentStatus.EMPLOYED);
      assertThat(c.latestJob()).isEqualTo("Shop assistant at Oxfam");
      assertThat(c.latestJobStart()).isEqualTo(today.minusDays(20));
      assertThat(c.currentJob()).isEqualTo("Baker at Greggs");
    });
  }

  @Test
  void anAllocationEndsWithItsDateAndReasonAndLeavesTheCaseloadButNotTheRecord() {
    UUID id = caseloads.allocate(admin, team, sam, new NewAllocation(priya, today.minusMonths(3)));

    caseloads.end(admin, team, id, new AllocationEnding(today, "Settled in work"));

    // Active from its start up to the day before its end: gone from today's caseload, kept on the person's record.
    assertThat(caseloads.ofSpecialist(admin, team, priya)).isEmpty();
    assertThat(caseloads.ofPerson(admin, sam)).singleElement().satisfies(a -> {
      assertThat(a.endDate()).isEqualTo(today);
      assertThat(a.endReason()).isEqualTo("Settled in work");
    });
  }

  @Test
  void anAllocationCannotEndBeforeItStartedOrWithoutAReasonAndStaysOpen() {
    UUID id = caseloads.allocate(admin, team, sam, new NewAllocation(priya, today.minusDays(10)));

    assertThatThrownBy(() -> caseloads.end(admin, team, id, new AllocationEnding(today.minusDays(11), "Moved")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage())
            .startsWith("The allocation cannot end before it started, on "));
    assertThatThrownBy(() -> caseloads.end(admin, team, id, new AllocationEnding(today, " ")))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.getMessage())
            .isEqualTo("Enter why they left the caseload"));
    assertThat(caseloads.ofPerson(admin, sam)).singleElement().satisfies(a -> assertThat(a.open()).isTrue());

    caseloads.end(admin, team, id, new AllocationEnding(today.minusDays(10), "Did not want support"));
    assertThatThrownBy(() -> caseloads.end(admin, team, id, new AllocationEnding(today, "Again")))
        .isInstanceOf(Refused.class);
  }

  @Test
  void onlyAnEmploymentSpecialistOfThisAllianceOnContractMayTakeAPerson() {
    UUID supportWorker = alliance.staff(alliance.ours, "Jo");
    Scene.Alliance other = scene.create();
    UUID elsewhere = specialist(staff, other, "Kim", null);
    UUID left = specialist(staff, alliance, "Lee", today.minusMonths(6));

    assertThatThrownBy(() -> caseloads.allocate(admin, team, sam, new NewAllocation(supportWorker, today)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage())
            .isEqualTo("Jo Adeyemi is not an employment specialist: choose one who is"));
    assertThatThrownBy(() -> caseloads.allocate(admin, team, sam, new NewAllocation(elsewhere, today)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage())
            .isEqualTo("Choose an employment specialist of this alliance"));
    assertThatThrownBy(() -> caseloads.allocate(admin, team, sam, new NewAllocation(left, today)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.field()).isEqualTo("startDate"));
    assertThatThrownBy(() -> caseloads.allocate(admin, team, sam, new NewAllocation(priya, today.plusDays(1))))
        .isInstanceOf(InvalidInput.class);
    assertThat(caseloads.ofPerson(admin, sam)).isEmpty();
    assertThat(caseloads.specialists(admin)).extracting(m -> m.givenName()).containsExactly("Priya");
  }

  @Test
  void aPersonIsOnATeamsCaseloadOnceAtATime() {
    UUID other = specialist(staff, alliance, "Ola", null);
    UUID first = caseloads.allocate(admin, team, sam, new NewAllocation(priya, today.minusMonths(1)));

    assertThatThrownBy(() -> caseloads.allocate(admin, team, sam, new NewAllocation(other, today)))
        .isInstanceOfSatisfying(Refused.class, e -> assertThat(e.getMessage())
            .startsWith("Sam Okafor is already on the caseload of Priya Adeyemi"));

    caseloads.end(admin, team, first, new AllocationEnding(today, "Moved to Ola's caseload"));
    caseloads.allocate(admin, team, sam, new NewAllocation(other, today));
    assertThat(caseloads.ofPerson(admin, sam)).hasSize(2);
  }

  @Test
  void aPanelMemberCannotAllocateAndAPractitionerSeesOnlyTheirOwnCaseload() {
    CurrentUser panel = alliance.user(Role.PANEL_MEMBER, null);
    CurrentUser other = alliance.user(Role.PRACTITIONER, specialist(staff, alliance, "Ola", null));

    assertThatThrownBy(() -> caseloads.allocate(panel, team, sam, new NewAllocation(priya, today)))
        .isInstanceOf(AccessDenied.class);
    assertThatThrownBy(() -> caseloads.ofSpecialist(other, team, priya)).isInstanceOf(AccessDenied.class);
  }
}
