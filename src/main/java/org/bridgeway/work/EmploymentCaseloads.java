package org.bridgeway.work;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.bridgeway.work.internal.EmploymentTeamStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is on an employment specialist's caseload. The employment team's managers and practitioners (and the
 * alliance's administrators) allocate a person they may open to an employment specialist of the team's alliance,
 * from a date no later than today and within the specialist's contract, and end the allocation on a date no
 * earlier than its start, with a reason. A person is on one team's caseload at most once at a time. Nothing is
 * deleted: an ended allocation stays on the person's work record. Every read and change is audited.
 */
@Service
public class EmploymentCaseloads {

  private final EmploymentTeamStore store;
  private final EmploymentTeams teams;
  private final Staff staff;
  private final People people;
  private final AuditTrail audit;
  private final PersonWork work;

  EmploymentCaseloads(EmploymentTeamStore store, EmploymentTeams teams, Staff staff, People people,
      AuditTrail audit, PersonWork work) {
    this.store = store;
    this.teams = teams;
    this.staff = staff;
    this.people = people;
    this.audit = audit;
    this.work = work;
  }

  /** The alliance's employment specialists with a contract covering today, by name. */
  public List<StaffMember> specialists(CurrentUser user) {
    return staff.page(user.alliance(), 0, 500).items().stream()
        .filter(m -> m.role() == StaffRole.EMPLOYMENT_SPECIALIST && onContract(m, work.today())).toList();
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID allocate(CurrentUser user, UUID serviceId, UUID personId, NewAllocation allocation) {
    mayAllocate(user);
    ServiceRecord team = teams.team(user, serviceId);
    people.requireAccess(user, personId);
    PersonWork.refuse(allocation.problems(work.today()));
    StaffMember specialist = specialist(user, allocation);
    store.allocationsOf(user.alliance(), personId, work.today()).stream()
        .filter(a -> a.open() && a.serviceId().equals(serviceId)).findFirst().ifPresent(a -> {
          throw new Refused("specialistId", a.personName() + " is already on the caseload of " + a.specialistName()
              + " in " + team.name() + ": end that first");
        });
    UUID id = UUID.randomUUID();
    store.allocate(user.alliance(), id, serviceId, personId, specialist.id(), allocation.startDate(),
        user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "WorkCaseload", id, personId,
        "Allocated to " + specialist.fullName() + " of " + team.name() + " from " + allocation.startDate());
    return id;
  }

  /** Ends the allocation and answers it as it now is. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public CaseloadEntry ended(CurrentUser user, UUID serviceId, UUID allocationId, AllocationEnding ending) {
    end(user, serviceId, allocationId, ending);
    return store.allocation(user.alliance(), serviceId, allocationId, work.today()).orElseThrow();
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public void end(CurrentUser user, UUID serviceId, UUID allocationId, AllocationEnding ending) {
    ServiceRecord team = teams.team(user, serviceId);
    CaseloadEntry allocation = store.allocation(user.alliance(), serviceId, allocationId, work.today())
        .orElseThrow(() -> new RecordNotFound("Allocation"));
    mayAllocate(user);
    people.requireAccess(user, allocation.personId());
    if (!allocation.open()) {
      throw new Refused("endDate", "This allocation ended already, on " + Dates.text(allocation.endDate()));
    }
    PersonWork.refuse(ending.problems(allocation.startDate(), work.today()));
    if (!store.endAllocation(user.alliance(), serviceId, allocationId, ending.endDate(), ending.reason().trim(),
        user.username())) {
      throw new Refused("endDate", "This allocation ended already");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "WorkCaseload", allocationId, allocation.personId(),
        "Left the caseload of " + allocation.specialistName() + " of " + team.name() + " on " + ending.endDate()
            + ": " + ending.reason().trim());
  }

  /** The person's allocations in every team, newest first. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<CaseloadEntry> ofPerson(CurrentUser user, UUID personId) {
    people.requireAccess(user, personId);
    List<CaseloadEntry> all = store.allocationsOf(user.alliance(), personId, work.today());
    audit.record(user, user.alliance(), AuditAction.VIEW, "WorkCaseload", personId, personId,
        all.size() + " allocations to employment specialists");
    return all;
  }

  /**
   * One specialist's caseload today, each person with their status now and latest job start. A practitioner who
   * is a member of staff sees only their own.
   */
  @Transactional
  public List<CaseloadEntry> ofSpecialist(CurrentUser user, UUID serviceId, UUID specialistId) {
    ServiceRecord team = teams.team(user, serviceId);
    if (EmploymentTeams.ownCaseloadOnly(user) && !specialistId.equals(user.staffId())) {
      throw new AccessDenied("caseload");
    }
    StaffMember specialist = staff.get(user.alliance(), specialistId);
    List<CaseloadEntry> entries = store.caseload(user.alliance(), serviceId, work.today(), specialistId);
    audit.record(user, user.alliance(), AuditAction.VIEW, "WorkCaseload", serviceId, null,
        "Caseload of " + specialist.fullName() + " in " + team.name() + ": " + entries.size() + " people");
    return entries;
  }

  public String specialistName(CurrentUser user, UUID specialistId) {
    return staff.get(user.alliance(), specialistId).fullName();
  }

  private StaffMember specialist(CurrentUser user, NewAllocation allocation) {
    StaffMember member;
    try {
      member = staff.get(user.alliance(), allocation.specialistId());
    } catch (RecordNotFound e) {
      throw new Refused("specialistId", "Choose an employment specialist of this alliance");
    }
    if (member.role() != StaffRole.EMPLOYMENT_SPECIALIST) {
      throw new Refused("specialistId", member.fullName() + " is not an employment specialist: choose one who is");
    }
    if (!onContract(member, allocation.startDate())) {
      throw new Refused("startDate", member.fullName() + " is not on contract on " + Dates.text(
          allocation.startDate()));
    }
    return member;
  }

  private static boolean onContract(StaffMember m, LocalDate day) {
    return !m.startDate().isAfter(day) && (m.endDate() == null || !m.endDate().isBefore(day));
  }

  private static void mayAllocate(CurrentUser user) {
    if (!user.is(Role.ADMIN) && !user.is(Role.MANAGER) && !user.is(Role.PRACTITIONER)) {
      throw new AccessDenied("employment team's caseload");
    }
  }
}
