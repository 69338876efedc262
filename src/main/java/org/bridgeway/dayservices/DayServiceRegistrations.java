package org.bridgeway.dayservices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.dayservices.internal.DayServiceStore;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonSummary;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is registered with a day service. Day services are open access: the workers who run a service (see
 * {@link DayServices#mayRun}) may register any person of the alliance, found through the people search, without a
 * referral and without first having the right to open the person's record; the registration itself then gives
 * them that right while it lasts (see {@code RegistrationGrantsAccess}). Ending a registration, and reading a
 * person's registrations, need the right to open the record. Every read of people and every change is audited.
 */
@Service
public class DayServiceRegistrations {

  /** How many people a search for someone to register shows. */
  public static final int FOUND_SHOWN = 20;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final DayServices dayServices;
  private final DayServiceStore store;
  private final People people;
  private final AuditTrail audit;
  private final Clock clock;

  DayServiceRegistrations(DayServices dayServices, DayServiceStore store, People people, AuditTrail audit,
      Clock clock) {
    this.dayServices = dayServices;
    this.store = store;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * People of the alliance matching the search, to register with the service: name, date of birth, NHS number
   * or local id, as the people search finds them (and audits the search). Only for those who run the service.
   */
  public Paged<PersonSummary> findToRegister(CurrentUser user, UUID serviceId, String query) {
    dayServices.requireRun(user, serviceId);
    return people.find(user, query, 0, FOUND_SHOWN);
  }

  /** The people registered with the service on the day. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<Registration> registered(CurrentUser user, UUID serviceId, LocalDate day) {
    dayServices.requireRun(user, serviceId);
    List<Registration> registered = store.registrationsOn(user.alliance(), serviceId, day);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Day service registrations", serviceId, null,
        registered.size() + " registered on " + day);
    return registered;
  }

  /**
   * Registers the person with the service from the day; a person has one open registration per service, and a
   * second is refused with the date of the first. Needs the right to run the service, not to open the record.
   */
  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID registerPerson(CurrentUser user, UUID serviceId, UUID personId, @Nullable LocalDate from) {
    dayServices.requireRun(user, serviceId);
    ServiceRecord service = dayServices.service(user, serviceId);
    String name = store.names(user.alliance(), Set.of(personId)).get(personId);
    if (name == null) {
      throw new RecordNotFound("Person");
    }
    if (from == null) {
      throw new InvalidInput(List.of(new FieldProblem("startDate", "Enter the date they registered")));
    }
    if (from.isAfter(today().plusYears(1))) {
      throw new Refused("startDate", "The registration cannot start more than a year ahead");
    }
    Registration open = store.registrationsOf(user.alliance(), personId).stream()
        .filter(r -> r.serviceId().equals(serviceId) && r.endDate() == null).findFirst().orElse(null);
    if (open != null) {
      throw new Refused("serviceId", name + " is already registered with " + service.name() + " (since "
          + open.startDate().format(DAY) + "). End that registration before registering them again.");
    }
    UUID id = UUID.randomUUID();
    store.insertRegistration(user.alliance(), id, serviceId, personId, from, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "Day service registration", id, personId,
        "Registered with " + service.name() + " from " + from);
    return id;
  }

  /** Ends the registration on the day given (it covers the days before it), with a reason; returns it as it was. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public Registration endRegistration(CurrentUser user, UUID registrationId, @Nullable LocalDate end,
      @Nullable String reason) {
    Registration registration = store.registration(user.alliance(), registrationId)
        .orElseThrow(() -> new RecordNotFound("Registration"));
    people.requireAccess(user, registration.personId());
    dayServices.requireRun(user, registration.serviceId());
    List<FieldProblem> problems = new ArrayList<>();
    if (end == null) {
      problems.add(new FieldProblem("endDate", "Enter the date the registration ends"));
    } else if (end.isBefore(registration.startDate())) {
      problems.add(new FieldProblem("endDate", "The registration cannot end before it starts"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("endReason", "Enter why the registration ends"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    if (!store.endRegistration(user.alliance(), registrationId, end, reason.trim())) {
      throw new EditConflict("registration");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Day service registration", registrationId,
        registration.personId(), "Ended on " + end + ": " + reason.trim());
    return registration;
  }

  /** The person's registrations, current first. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<Registration> registrationsOf(CurrentUser user, UUID personId) {
    people.requireAccess(user, personId);
    List<Registration> registrations = store.registrationsOf(user.alliance(), personId);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Day service registrations", personId, personId,
        registrations.size() + " registrations");
    return registrations;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
