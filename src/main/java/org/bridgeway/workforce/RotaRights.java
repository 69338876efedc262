package org.bridgeway.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.pathway.StaySpan;
import org.bridgeway.pathway.StaySpans;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.bridgeway.workforce.internal.RightStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The right a manager may give a person who uses a staffed service to see and help manage that service's rota,
 * as people did in Lambeth. The right is recorded against the person and the service, can be revoked with a
 * reason, and every grant, revocation, view and change is audited against the person. It holds only while the
 * person has a stay covering today at that service: after they move on it gives nothing.
 *
 * <p>What "help manage" allows: the person sees their service's rota a week at a time (shifts, times, the staff
 * on each, the gaps), and may put a member of staff based at the service on a shift that has a gap and has not
 * yet started. They cannot take anyone off a shift, fill a shift that is already fully staffed, add shift
 * patterns or make shifts, or see any other service's rota. Everyone they put on a shift is shown as put there by
 * them. The other rota rules (one shift at a time per person, stale edits refused) apply to them as to managers.
 */
@Service
public class RotaRights {

  private final RightStore store;
  private final Rota rota;
  private final StaffBases bases;
  private final StaySpans stays;
  private final People people;
  private final AuditTrail audit;

  RotaRights(RightStore store, Rota rota, StaffBases bases, StaySpans stays, People people, AuditTrail audit) {
    this.store = store;
    this.rota = rota;
    this.bases = bases;
    this.stays = stays;
    this.people = people;
    this.audit = audit;
  }

  /** The person's rights, current and revoked, newest first. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<RotaRight> ofPerson(CurrentUser user, UUID personId) {
    people.requireAccess(user, personId);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Rota right", personId, personId, null);
    return store.ofPerson(user.alliance(), personId);
  }

  /** The service the person has a stay covering today, if any: the only one they may be given a right for. */
  @Transactional(readOnly = true)
  public Optional<ServiceRecord> currentService(UUID alliance, UUID personId) {
    LocalDate today = rota.today();
    return stays.overlapping(alliance, today, today).stream().filter(s -> s.personId().equals(personId))
        .map(StaySpan::serviceId).findFirst().map(id -> rota.service(alliance, id));
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID grant(CurrentUser user, UUID personId) {
    requireManager(user);
    people.requireAccess(user, personId);
    ServiceRecord service = currentService(user.alliance(), personId)
        .orElseThrow(() -> new Refused("service", "They have no stay at a service today, so there is no rota to help with"));
    if (store.ofPerson(user.alliance(), personId).stream()
        .anyMatch(r -> r.current() && r.serviceId().equals(service.id()))) {
      throw new Refused("service", "They already have the right to help manage the rota of " + service.name());
    }
    UUID id = UUID.randomUUID();
    store.grant(user.alliance(), id, personId, service.id(), user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "Rota right", id, personId,
        "May see and help manage the rota of " + service.name());
    return id;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public void revoke(CurrentUser user, UUID personId, UUID rightId, @Nullable String reason) {
    requireManager(user);
    people.requireAccess(user, personId);
    if (reason == null || reason.isBlank()) {
      throw new Refused("reason", "Say why the right is taken away");
    }
    if (!store.revoke(user.alliance(), rightId, personId, user.username(), reason.trim())) {
      throw new RecordNotFound("Rota right");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "Rota right", rightId, personId, reason.trim());
  }

  /** The week of the signed-in person's service, if they hold the right for the service they live in today. */
  @Transactional
  public RotaWeek myWeek(CurrentUser me, LocalDate day) {
    ServiceRecord service = myService(me);
    audit.record(me, me.alliance(), AuditAction.VIEW, "Rota", service.id(), me.personId(), service.name());
    RotaWeek week = rota.week(me.alliance(), service.id(), day);
    return new RotaWeek(week.serviceId(), week.serviceName(), week.monday(), week.days(),
        week.staff().stream().filter(RotaWeek.StaffOption::basedHere).toList());
  }

  /** The person puts a member of staff based at their service on a shift with a gap that has not started. */
  @Transactional
  public UUID fillGap(CurrentUser me, UUID shiftId, UUID staffId, int version) {
    ServiceRecord service = myService(me);
    Shift shift = rota.shift(me.alliance(), shiftId);
    if (!shift.serviceId().equals(service.id())) {
      throw new RecordNotFound("Shift");
    }
    if (!shift.gap()) {
      throw new Refused("staffId", "This shift already has the staff it needs");
    }
    if (!shift.startsAt().isAfter(rota.now())) {
      throw new Refused("staffId", "This shift has already started");
    }
    LocalDate day = shift.date();
    boolean basedHere = bases.atService(me.alliance(), service.id()).stream()
        .anyMatch(b -> b.staffId().equals(staffId) && b.covers(day));
    if (!basedHere) {
      throw new Refused("staffId", "Choose a member of staff from " + service.name());
    }
    return rota.assign(me, shiftId, staffId, version, me.personId());
  }

  ServiceRecord myService(CurrentUser me) {
    if (me.role() != Role.PERSON || me.personId() == null) {
      throw new RecordNotFound("Rota");
    }
    UUID person = me.personId();
    ServiceRecord service = currentService(me.alliance(), person).orElseThrow(() -> new RecordNotFound("Rota"));
    boolean allowed = store.ofPerson(me.alliance(), person).stream()
        .anyMatch(r -> r.current() && r.serviceId().equals(service.id()));
    if (!allowed) {
      throw new RecordNotFound("Rota");
    }
    return service;
  }

  private static void requireManager(CurrentUser user) {
    if (!user.is(Role.ADMIN) && !user.is(Role.MANAGER)) {
      throw new AccessDenied("rota right");
    }
  }
}
