package org.bridgeway.dayservices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.dayservices.internal.DayServiceStore;
import org.bridgeway.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day services of the person signed in, as they see them: where they are registered, what is on there in
 * the next five weeks, and what they came to. An account that names no one has nothing here.
 */
@Service
public class MyActivities {

  private final DayServiceStore store;
  private final AuditTrail audit;
  private final Clock clock;

  MyActivities(DayServiceStore store, AuditTrail audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /** The person's own registrations. */
  @Transactional
  public List<Registration> registrations(CurrentUser me) {
    UUID person = me(me);
    audit.record(me, me.alliance(), AuditAction.VIEW, "Day service registrations", person, person, "Own activities");
    return store.registrationsOf(me.alliance(), person);
  }

  /** The sessions the person was marked at, newest first. */
  public List<Attended> attendance(CurrentUser me) {
    return store.attendedBy(me.alliance(), me(me), DayServices.ATTENDED_SHOWN);
  }

  /** Sessions in the next five weeks of the services the person is registered with now. */
  public List<DaySession> sessions(CurrentUser me) {
    LocalDate today = today();
    return store.registrationsOf(me.alliance(), me(me)).stream().filter(r -> r.coversDay(today))
        .flatMap(r -> store.sessions(me.alliance(), r.serviceId()).stream())
        .filter(s -> !s.occurrences(today, today.plusDays(35)).isEmpty()).toList();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private static UUID me(CurrentUser me) {
    if (me.personId() == null) {
      throw new RecordNotFound("Person");
    }
    return me.personId();
  }
}
