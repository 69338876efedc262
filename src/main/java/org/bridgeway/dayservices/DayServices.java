package org.bridgeway.dayservices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.alliance.Staff;
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
 * Day services as their workers run them: sessions, registrations and registers. Anyone with a record role sees
 * the services and their sessions; who is registered, and the registers, are for the alliance administrator and
 * for managers and practitioners on the staff of the organisation that runs the service. Day services are open
 * access: those workers may register any person of the alliance, found through the people search, without a
 * referral and without first having the right to open the person's record; the registration itself then gives
 * them that right while it lasts (see {@code RegistrationGrantsAccess}). Ending a registration, and reading what a
 * person attends, need the right to open the record. Every read of people and every change is audited.
 */
@Service
public class DayServices {

  /** How far back a person's own list of what they attended goes. */
  public static final int ATTENDED_SHOWN = 200;

  /** How many people a search for someone to register shows. */
  public static final int FOUND_SHOWN = 20;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final DayServiceStore store;
  private final Services services;
  private final Staff staff;
  private final People people;
  private final AuditTrail audit;
  private final Clock clock;

  DayServices(DayServiceStore store, Services services, Staff staff, People people, AuditTrail audit, Clock clock) {
    this.store = store;
    this.services = services;
    this.staff = staff;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /** Services that run sessions: day services, and the community and employment teams that may run groups. */
  public static boolean runsSessions(ServiceKind kind) {
    return kind.dayService() || kind == ServiceKind.EMPLOYMENT_TEAM || kind == ServiceKind.COMMUNITY_TEAM;
  }

  public List<ServiceRecord> services(CurrentUser user) {
    return services.all(user.alliance()).stream().filter(s -> runsSessions(s.kind()))
        .sorted(Comparator.comparing((ServiceRecord s) -> !s.kind().dayService()).thenComparing(ServiceRecord::name))
        .toList();
  }

  public Map<UUID, Long> sessionCounts(CurrentUser user) {
    return store.sessionCounts(user.alliance());
  }

  public ServiceRecord service(CurrentUser user, UUID serviceId) {
    ServiceRecord service = services.get(user.alliance(), serviceId);
    if (!runsSessions(service.kind())) {
      throw new RecordNotFound("Day service");
    }
    return service;
  }

  /** Whether the user may see the service's people and take its registers. */
  public boolean mayRun(CurrentUser user, UUID serviceId) {
    UUID runBy = service(user, serviceId).organisationId();
    if (user.is(Role.ADMIN)) {
      return true;
    }
    if (!(user.is(Role.MANAGER) || user.is(Role.PRACTITIONER)) || user.staffId() == null) {
      return false;
    }
    return staff.get(user.alliance(), user.staffId()).organisationId().equals(runBy);
  }

  private void requireRun(CurrentUser user, UUID serviceId) {
    if (!mayRun(user, serviceId)) {
      throw new AccessDenied("day service");
    }
  }

  public List<DaySession> sessions(CurrentUser user, UUID serviceId) {
    service(user, serviceId);
    return store.sessions(user.alliance(), serviceId);
  }

  public DaySession session(CurrentUser user, UUID serviceId, UUID sessionId) {
    DaySession session = store.session(user.alliance(), sessionId).orElseThrow(() -> new RecordNotFound("Session"));
    if (!session.serviceId().equals(serviceId)) {
      throw new RecordNotFound("Session");
    }
    return session;
  }

  @Transactional
  public UUID addSession(CurrentUser user, UUID serviceId, NewSession session) {
    requireRun(user, serviceId);
    service(user, serviceId);
    check(session);
    UUID id = UUID.randomUUID();
    store.insertSession(user.alliance(), id, withService(session, serviceId));
    audit.record(user, user.alliance(), AuditAction.CREATE, "Day session", id, null,
        session.title().trim() + ", " + session.kind().label());
    return id;
  }

  @Transactional
  public void changeSession(CurrentUser user, UUID serviceId, UUID sessionId, NewSession session, int version) {
    requireRun(user, serviceId);
    session(user, serviceId, sessionId);
    check(session);
    if (!store.updateSession(user.alliance(), sessionId, version, withService(session, serviceId))) {
      throw new EditConflict("session");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Day session", sessionId, null, session.title().trim());
  }

  private static void check(NewSession session) {
    List<FieldProblem> problems = session.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private static NewSession withService(NewSession s, UUID serviceId) {
    return new NewSession(serviceId, s.kind(), s.title(), s.place(), s.facilitators(), s.capacity(), s.userLed(),
        s.firstDate(), s.startTime(), s.endTime(), s.repeat(), s.weekdays(), s.until());
  }

  /**
   * People of the alliance matching the search, to register with the service: name, date of birth, NHS number
   * or local id, as the people search finds them (and audits the search). Only for those who run the service.
   */
  public Paged<PersonSummary> findToRegister(CurrentUser user, UUID serviceId, String query) {
    requireRun(user, serviceId);
    return people.find(user, query, 0, FOUND_SHOWN);
  }

  /** The people registered with the service on the day. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<Registration> registered(CurrentUser user, UUID serviceId, LocalDate day) {
    requireRun(user, serviceId);
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
    requireRun(user, serviceId);
    ServiceRecord service = service(user, serviceId);
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
    requireRun(user, registration.serviceId());
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

  /** The register for one occurrence: everyone registered that day, and anyone marked there since. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public AttendanceRegister register(CurrentUser user, UUID serviceId, UUID sessionId, LocalDate date) {
    requireRun(user, serviceId);
    DaySession session = occurrence(user, serviceId, sessionId, date);
    Map<UUID, Boolean> marks = store.marks(user.alliance(), sessionId, date);
    Map<UUID, String> names = new LinkedHashMap<>();
    for (Registration r : store.registrationsOn(user.alliance(), serviceId, date)) {
      names.put(r.personId(), r.personName());
    }
    Set<UUID> others = new HashSet<>(marks.keySet());
    others.removeAll(names.keySet());
    names.putAll(store.names(user.alliance(), others));
    List<RegisterEntry> entries = names.entrySet().stream()
        .map(e -> new RegisterEntry(e.getKey(), e.getValue(), marks.get(e.getKey()))).toList();
    audit.record(user, user.alliance(), AuditAction.VIEW, "Attendance register", sessionId, null,
        session.title() + " on " + date + ", " + entries.size() + " people");
    return new AttendanceRegister(session, date, entries, store.headCount(user.alliance(), sessionId, date));
  }

  /**
   * Saves the entries given, and the head count when given, leaving every other entry of the register as it is, so
   * that two registers taken at once for different people both count. Only people registered on the day, or
   * already on the register, may be marked.
   */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void takeRegister(CurrentUser user, UUID serviceId, UUID sessionId, LocalDate date,
      Map<UUID, Boolean> entries, @Nullable Integer headCount) {
    requireRun(user, serviceId);
    DaySession session = occurrence(user, serviceId, sessionId, date);
    if (date.isAfter(today())) {
      throw new Refused("date", "A register cannot be taken for a session that has not happened yet");
    }
    if (headCount != null && (headCount < 0 || headCount > 10000)) {
      throw new InvalidInput(List.of(new FieldProblem("headCount", "Enter a head count from 0 to 10,000")));
    }
    Set<UUID> allowed = new HashSet<>(store.marks(user.alliance(), sessionId, date).keySet());
    store.registrationsOn(user.alliance(), serviceId, date).forEach(r -> allowed.add(r.personId()));
    if (!allowed.containsAll(entries.keySet())) {
      throw new Refused("entries", "Only people registered with the service on the day can be marked");
    }
    store.mark(user.alliance(), sessionId, date, entries, user.username());
    for (Map.Entry<UUID, Boolean> entry : entries.entrySet()) {
      audit.record(user, user.alliance(), AuditAction.UPDATE, "Attendance", sessionId, entry.getKey(),
          (entry.getValue() ? "Present at " : "Absent from ") + session.title() + " on " + date);
    }
    if (headCount != null) {
      store.headCount(user.alliance(), sessionId, date, headCount, user.username());
      audit.record(user, user.alliance(), AuditAction.UPDATE, "Head count", sessionId, null,
          headCount + " at " + session.title() + " on " + date);
    }
  }

  private DaySession occurrence(CurrentUser user, UUID serviceId, UUID sessionId, LocalDate date) {
    DaySession session = session(user, serviceId, sessionId);
    if (!session.runsOn(date)) {
      throw new RecordNotFound("Session on that date");
    }
    return session;
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

  /** What the person was marked at, newest first. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<Attended> attendedBy(CurrentUser user, UUID personId) {
    people.requireAccess(user, personId);
    List<Attended> attended = store.attendedBy(user.alliance(), personId, ATTENDED_SHOWN);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Attendance", personId, personId,
        attended.size() + " sessions shown");
    return attended;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
