package org.bridgeway.workforce;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.bridgeway.workforce.internal.BaseStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where staff are based: a member of staff is based at a service from a day until a last day, which is what the
 * workforce counts by service and what puts them first in the list for its rota. A base is ended, never deleted.
 */
@Service
public class StaffBases {

  private final BaseStore store;
  private final Staff staff;
  private final Services services;
  private final AuditTrail audit;

  StaffBases(BaseStore store, Staff staff, Services services, AuditTrail audit) {
    this.store = store;
    this.staff = staff;
    this.services = services;
    this.audit = audit;
  }

  public List<StaffBase> atService(UUID alliance, UUID serviceId) {
    services.get(alliance, serviceId);
    return store.atService(alliance, serviceId);
  }

  @Transactional
  public UUID add(CurrentUser user, UUID serviceId, @Nullable UUID staffId, @Nullable LocalDate start) {
    ServiceRecord service = services.get(user.alliance(), serviceId);
    if (staffId == null || start == null) {
      throw new InvalidInput(List.of(staffId == null ? new FieldProblem("staffId", "Choose a member of staff")
          : new FieldProblem("start", "Enter a real date, like 2 3 2026")));
    }
    StaffMember member;
    try {
      member = staff.get(user.alliance(), staffId);
    } catch (RecordNotFound e) {
      throw new Refused("staffId", "Choose a member of staff from the list");
    }
    if (store.atService(user.alliance(), serviceId).stream()
        .anyMatch(b -> b.staffId().equals(staffId) && (b.endDate() == null || !b.endDate().isBefore(start)))) {
      throw new Refused("staffId", member.fullName() + " is already based at " + service.name());
    }
    UUID id = UUID.randomUUID();
    store.insert(user.alliance(), id, staffId, serviceId, start, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "Staff base", id, null,
        member.fullName() + " at " + service.name() + " from " + start);
    return id;
  }

  @Transactional
  public void end(CurrentUser user, UUID baseId, @Nullable LocalDate last) {
    StaffBase base = store.find(user.alliance(), baseId);
    if (base == null) {
      throw new RecordNotFound("Staff base");
    }
    if (last == null) {
      throw new InvalidInput(List.of(new FieldProblem("last", "Enter a real date, like 2 3 2026")));
    }
    if (!store.end(user.alliance(), baseId, last)) {
      throw new Refused("last", "The last day cannot be before " + base.startDate() + ", and the base must be open");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Staff base", baseId, null,
        base.staffName() + " at " + base.serviceName() + " until " + last);
  }
}
