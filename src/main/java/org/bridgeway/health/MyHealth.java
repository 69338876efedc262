package org.bridgeway.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.health.internal.HealthCheckStore;
import org.bridgeway.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The person's own health checks, on their own record only; every read is audited against them. */
@Service
public class MyHealth {

  private final HealthCheckStore store;
  private final AuditTrail audit;
  private final Clock clock;

  MyHealth(HealthCheckStore store, AuditTrail audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public PersonHealth mine(CurrentUser user) {
    UUID me = me(user);
    PersonHealth health = PersonHealthOf.checks(store.checks(user.alliance(), me), LocalDate.now(clock));
    audit.record(user, user.alliance(), AuditAction.VIEW, "HealthChecks", me, me, "Their own health checks");
    return health;
  }

  /** Every check, for a copy of their record; audited as a download. */
  @Transactional
  public PersonHealth forCopy(CurrentUser user) {
    UUID me = me(user);
    audit.record(user, user.alliance(), AuditAction.EXPORT, "HealthChecks", me, me, "Their own health checks, "
        + "for a copy");
    return PersonHealthOf.checks(store.checks(user.alliance(), me), LocalDate.now(clock));
  }

  private static UUID me(CurrentUser user) {
    if (user.role() != Role.PERSON || user.personId() == null) {
      throw new RecordNotFound("Person");
    }
    return user.personId();
  }
}
