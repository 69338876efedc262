package org.bridgeway.careteam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.careteam.internal.CareTeamStore;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team around each person. Only someone who may open the person's record may see or change their team.
 * A person has at most one key worker at a time: a new one is refused while the old one is on the team, unless
 * the key worker is changed, which ends the old membership and starts the new one together. Memberships end
 * with a date and a reason and are never deleted. Every read and change is audited against the person.
 */
@Service
public class CareTeams {

  static final int MOST_REASON = 1000;

  private final CareTeamStore store;
  private final People people;
  private final Staff staff;
  private final AuditTrail audit;
  private final Clock clock;

  CareTeams(CareTeamStore store, People people, Staff staff, AuditTrail audit, Clock clock) {
    this.store = store;
    this.people = people;
    this.staff = staff;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public CareTeam team(CurrentUser user, UUID personId) {
    people.requireAccess(user, personId);
    audit.record(user, user.alliance(), AuditAction.VIEW, "CareTeam", personId, personId, null);
    return CareTeam.of(personId, today(), store.team(user.alliance(), personId));
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID add(CurrentUser user, UUID personId, NewMember member) {
    people.requireAccess(user, personId);
    if (!member.problems().isEmpty()) {
      throw new InvalidInput(member.problems());
    }
    if (member.isKeyWorker()) {
      store.openKeyWorker(user.alliance(), personId).ifPresent(current -> {
        throw new Refused("keyWorker", current.staffName() + " is the key worker. End their membership first, "
            + "or change the key worker.");
      });
    }
    return join(user, personId, member);
  }

  /** Ends a membership on a day, for a reason; the membership stays on record. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void end(CurrentUser user, UUID personId, UUID memberId, int version, @Nullable LocalDate endDate,
      String reason) {
    people.requireAccess(user, personId);
    leave(user, member(user, personId, memberId), version, endDate, reason);
  }

  /** Ends the key worker's membership (for the reason, the day the new one starts) and adds the new one. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID changeKeyWorker(CurrentUser user, UUID personId, NewMember next, int version, String reason) {
    people.requireAccess(user, personId);
    TeamMember current = store.openKeyWorker(user.alliance(), personId)
        .orElseThrow(() -> new Refused("keyWorker", "There is no key worker to change. Add one instead."));
    if (!next.problems().isEmpty()) {
      throw new InvalidInput(next.problems());
    }
    leave(user, current, version, next.startDate(), reason);
    return join(user, personId, new NewMember(next.staffId(), next.role(), true, next.startDate()));
  }

  /** The people whose team the signed-in worker is on today. */
  @Transactional
  public Paged<CaseloadEntry> caseload(CurrentUser user, int page, int size) {
    if (user.staffId() == null) {
      return new Paged<>(List.of(), 0, size, 0);
    }
    Paged<CaseloadEntry> found = store.caseload(user.alliance(), user.staffId(), today(), Math.max(0, page), size);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Caseload", user.staffId(), null,
        found.total() + " people on the caseload");
    return found;
  }

  UUID join(CurrentUser user, UUID personId, NewMember member) {
    if (!member.problems().isEmpty()) {
      throw new InvalidInput(member.problems());
    }
    StaffMember worker = worker(user, member);
    if (store.onTeam(user.alliance(), personId, worker.id(), today())) {
      throw new Refused("staffId", worker.fullName() + " is already on the team");
    }
    UUID id = UUID.randomUUID();
    try {
      store.insert(user.alliance(), id, personId, member, user.username());
    } catch (DuplicateKeyException e) {
      throw new Refused("keyWorker", "Someone else has just named a key worker. Check the team and try again.");
    }
    audit.record(user, user.alliance(), AuditAction.CREATE, "CareTeamMember", id, personId, worker.fullName()
        + " joined as " + member.role().label() + (member.isKeyWorker() ? " (key worker)" : "") + " from "
        + member.startDate());
    return id;
  }

  void leave(CurrentUser user, TeamMember member, int version, @Nullable LocalDate endDate, String reason) {
    List<FieldProblem> problems = Leaving.problems(member, endDate, reason);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    if (member.version() != version
        || !store.end(user.alliance(), member.id(), version, endDate, reason.trim())) {
      throw new EditConflict("team membership");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "CareTeamMember", member.id(), member.personId(),
        member.staffName() + " left the team on " + endDate + ": " + reason.trim());
  }

  TeamMember member(CurrentUser user, UUID personId, UUID memberId) {
    return store.find(user.alliance(), personId, memberId).orElseThrow(() -> new RecordNotFound("Team member"));
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  private StaffMember worker(CurrentUser user, NewMember member) {
    StaffMember worker;
    try {
      worker = staff.get(user.alliance(), member.staffId());
    } catch (RecordNotFound e) {
      throw new Refused("staffId", "Select a member of staff from the list");
    }
    if (worker.endDate() != null && worker.endDate().isBefore(member.startDate())) {
      throw new Refused("startDate", worker.fullName() + "'s contract ends before that date");
    }
    return worker;
  }
}
