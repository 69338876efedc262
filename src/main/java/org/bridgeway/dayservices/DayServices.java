package org.bridgeway.dayservices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * Day services as their workers run them: sessions and registers. Anyone with a record role sees the services
 * and their sessions; the registers are for the alliance administrator and for managers and practitioners on the
 * staff of the organisation that runs the service ({@link #mayRun}), who also register people
 * ({@link DayServiceRegistrations}). Reading what a person attends needs the right to open the record. Every read
 * of people and every change is audited.
 */
@Service
public class DayServices {

  /** How far back a person's own list of what they attended goes. */
  public static final int ATTENDED_SHOWN = 200;

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

  void requireRun(CurrentUser user, UUID serviceId) {
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

  /** What the person was marked at, newest first. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<Attended> attendedBy(CurrentUser user, UUID personId) {
    people.requireAccess(user, personId);
    List<Attended> attended = store.attendedBy(user.alliance(), personId, ATTENDED_SHOWN);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Attendance", personId, personId,
        attended.size() + " sessions shown");
    return attended;
  }

  /** Every session the person was marked at, present or absent, newest first: for a partner system's reads. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public List<Attended> allAttendedBy(CurrentUser user, UUID personId) {
    people.requireAccess(user, personId);
    List<Attended> attended = store.attendedBy(user.alliance(), personId, Integer.MAX_VALUE);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Attendance", personId, personId,
        attended.size() + " sessions shown");
    return attended;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
