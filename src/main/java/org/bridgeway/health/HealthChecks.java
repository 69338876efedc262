package org.bridgeway.health;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.health.internal.HealthCheckStore;
import org.bridgeway.health.internal.HealthCheckStore.Carer;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's physical health checks as their workers record and read them. Only someone who may open the
 * person's record may see or record checks. The worker recording a check names the member of staff of the
 * alliance who carried it out, on contract on the day of the check; when they name no one, it is themselves. A check
 * is amended with a reason (what it said before is kept, with who, when and why) or voided with a reason, and a
 * voided check cannot be amended. Bad input saves nothing. Every read and change is audited against the person.
 */
@Service
public class HealthChecks {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final HealthCheckStore store;
  private final People people;
  private final Staff staff;
  private final AuditTrail audit;
  private final Clock clock;

  HealthChecks(HealthCheckStore store, People people, Staff staff, AuditTrail audit, Clock clock) {
    this.store = store;
    this.people = people;
    this.staff = staff;
    this.audit = audit;
    this.clock = clock;
  }

  /** The person's checks with the latest value of each element and where their next check stands. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public PersonHealth history(CurrentUser user, UUID personId) {
    open(user, personId);
    PersonHealth health = PersonHealthOf.checks(store.checks(user.alliance(), personId), today());
    audit.record(user, user.alliance(), AuditAction.VIEW, "HealthChecks", personId, personId,
        health.checks().size() + " health checks");
    return health;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public CheckHistory get(CurrentUser user, UUID personId, UUID checkId) {
    open(user, personId);
    HealthCheck check = check(user, personId, checkId);
    audit.record(user, user.alliance(), AuditAction.VIEW, "HealthCheck", checkId, personId, null);
    return new CheckHistory(check, store.changes(user.alliance(), checkId));
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID record(CurrentUser user, UUID personId, NewCheck check) {
    open(user, personId);
    valid(check);
    UUID id = UUID.randomUUID();
    store.insert(user.alliance(), id, personId, check, carer(user, check), user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "HealthCheck", id, personId, "Health check on "
        + check.checkDate() + ", next due " + check.due());
    return id;
  }

  /** Replaces the check's content, keeping what it said before; refused if changed since the version read. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void amend(CurrentUser user, UUID personId, UUID checkId, int version, NewCheck check,
      @Nullable String reason) {
    open(user, personId);
    HealthCheck current = check(user, personId, checkId);
    if (blank(reason)) {
      throw new InvalidInput(List.of(new FieldProblem("reason", "Enter why you are changing the check")));
    }
    valid(check);
    if (current.voided()) {
      throw new Refused("reason", "This check was voided, so it cannot be changed");
    }
    if (current.version() != version || !store.amend(user.alliance(), checkId, version, check, carer(user).name(),
        reason.trim(), current.summary())) {
      throw new EditConflict("health check");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "HealthCheck", checkId, personId,
        "Amended: " + reason.trim());
  }

  /** Marks a check entered in error as void; it stays on the record with who voided it, when and why. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void voidCheck(CurrentUser user, UUID personId, UUID checkId, @Nullable String reason) {
    open(user, personId);
    HealthCheck current = check(user, personId, checkId);
    if (blank(reason)) {
      throw new InvalidInput(List.of(new FieldProblem("voidReason", "Enter why the check is being voided")));
    }
    if (current.voided() || !store.voidCheck(user.alliance(), checkId, carer(user).name(), reason.trim())) {
      throw new Refused("voidReason", "This check was already voided");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "HealthCheck", checkId, personId, reason.trim());
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  void open(CurrentUser user, UUID personId) {
    if (!user.role().worksWithRecords()) {
      throw new AccessDenied("health checks");
    }
    people.requireAccess(user, personId);
  }

  private void valid(NewCheck check) {
    List<FieldProblem> problems = HealthRules.problems(check, today());
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private HealthCheck check(CurrentUser user, UUID personId, UUID checkId) {
    return store.find(user.alliance(), personId, checkId).orElseThrow(() -> new RecordNotFound("Health check"));
  }

  /** The alliance's staff with a contract covering today, who may be named as having carried out a check. */
  public List<StaffMember> staffOnContract(CurrentUser user) {
    LocalDate today = today();
    return staff.page(user.alliance(), 0, 500).items().stream().filter(m -> onContract(m, today)).toList();
  }

  private Carer carer(CurrentUser user, NewCheck check) {
    if (check.carriedOutBy() == null) {
      return carer(user);
    }
    StaffMember member;
    try {
      member = staff.get(user.alliance(), check.carriedOutBy());
    } catch (RecordNotFound e) {
      throw new Refused("carriedOutBy", "Choose who did the check from the alliance's staff");
    }
    if (!onContract(member, check.checkDate())) {
      throw new Refused("carriedOutBy", member.fullName() + " was not on the alliance's staff on "
          + check.checkDate().format(DAY) + ": choose who did the check");
    }
    return new Carer(member.id(), member.fullName());
  }

  private static boolean onContract(StaffMember m, LocalDate day) {
    return !m.startDate().isAfter(day) && (m.endDate() == null || !m.endDate().isBefore(day));
  }

  private Carer carer(CurrentUser user) {
    if (user.staffId() == null) {
      return new Carer(null, user.displayName());
    }
    return new Carer(user.staffId(), staff.get(user.alliance(), user.staffId()).fullName());
  }

  static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }
}
