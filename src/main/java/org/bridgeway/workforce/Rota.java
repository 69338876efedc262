package org.bridgeway.workforce;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.alliance.StaffContract;
import org.bridgeway.alliance.WorkforceReport;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.bridgeway.workforce.RotaWeek.RotaDay;
import org.bridgeway.workforce.RotaWeek.StaffOption;
import org.bridgeway.workforce.internal.BaseStore;
import org.bridgeway.workforce.internal.RotaStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rota of the alliance's staffed services. A service's shift patterns say when its shifts run and how many
 * staff each needs; shifts are made from the patterns for a range of days; staff of the alliance are put on
 * shifts. Rules: only staff of this alliance whose contract covers the shift's day; no one on two shifts that
 * share any time (at any service); an edit made from an old copy of the rota is refused; someone is taken off a
 * shift with a reason, never deleted. Changes are audited.
 */
@Service
public class Rota {

  /** The kinds of service staffed round the clock, offered a rota first. */
  public static final Set<ServiceKind> STAFFED = Set.of(ServiceKind.INPATIENT_REHABILITATION,
      ServiceKind.NURSING_CARE, ServiceKind.RESIDENTIAL_CARE, ServiceKind.COMMUNITY_RECOVERY,
      ServiceKind.STAFFED_FLATS, ServiceKind.ACUTE_WARD, ServiceKind.CRISIS_ALTERNATIVE);

  /** The longest range of days shifts are made for at once. */
  public static final int MOST_DAYS = 93;

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

  private final RotaStore store;
  private final BaseStore bases;
  private final Services services;
  private final WorkforceReport staff;
  private final AuditTrail audit;
  private final Clock clock;

  Rota(RotaStore store, BaseStore bases, Services services, WorkforceReport staff, AuditTrail audit, Clock clock) {
    this.store = store;
    this.bases = bases;
    this.services = services;
    this.staff = staff;
    this.audit = audit;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public java.time.LocalDateTime now() {
    return java.time.LocalDateTime.now(clock);
  }

  /** Services with shift patterns, then the other staffed services, by name. */
  public List<ServiceRecord> services(UUID alliance) {
    Set<UUID> withPatterns = Set.copyOf(store.servicesWithPatterns(alliance));
    return services.all(alliance).stream()
        .filter(s -> withPatterns.contains(s.id()) || STAFFED.contains(s.kind()))
        .sorted(Comparator.comparing((ServiceRecord s) -> !withPatterns.contains(s.id()))
            .thenComparing(ServiceRecord::name))
        .toList();
  }

  public ServiceRecord service(UUID alliance, UUID serviceId) {
    return services.get(alliance, serviceId);
  }

  public List<ShiftPattern> patterns(UUID alliance, UUID serviceId) {
    service(alliance, serviceId);
    return store.patterns(alliance, serviceId);
  }

  @Transactional
  public UUID addPattern(CurrentUser user, UUID serviceId, NewShiftPattern pattern) {
    ServiceRecord service = service(user.alliance(), serviceId);
    if (!pattern.problems().isEmpty()) {
      throw new InvalidInput(pattern.problems());
    }
    String name = pattern.name().trim();
    if (store.patterns(user.alliance(), serviceId).stream().anyMatch(p -> p.name().equalsIgnoreCase(name))) {
      throw new Refused("name", service.name() + " already has a shift called " + name);
    }
    UUID id = UUID.randomUUID();
    store.insertPattern(user.alliance(), id, serviceId, name, NewShiftPattern.time(pattern.startsAt()),
        NewShiftPattern.time(pattern.endsAt()), pattern.needed(), user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "Shift pattern", id, null, service.name() + ": " + name);
    return id;
  }

  /**
   * Changes a pattern's times, days and staff needed. Shifts already made keep the times and staff needed they
   * were made with; the shifts made afterwards follow the change. A change made from an old copy is refused.
   */
  @Transactional
  public void changePattern(CurrentUser user, UUID serviceId, UUID patternId, ShiftPatternChange change) {
    ServiceRecord service = service(user.alliance(), serviceId);
    ShiftPattern pattern = lockPattern(user.alliance(), serviceId, patternId);
    if (pattern.version() != change.version()) {
      throw new EditConflict("shift pattern");
    }
    if (!change.problems(pattern.name()).isEmpty()) {
      throw new InvalidInput(change.problems(pattern.name()));
    }
    ShiftPattern changed = new ShiftPattern(pattern.id(), serviceId, pattern.name(),
        NewShiftPattern.time(change.startsAt()), NewShiftPattern.time(change.endsAt()),
        new NewShiftPattern(pattern.name(), null, null, change.staffNeeded()).needed(), pattern.active(),
        pattern.version() + 1, change.days(), pattern.offFrom(), pattern.offReason());
    store.changePattern(user.alliance(), patternId, changed.startsAt(), changed.endsAt(), changed.staffNeeded(),
        ShiftPattern.mask(changed.days()));
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Shift pattern", patternId, null,
        service.name() + ": " + pattern.name() + " was " + pattern.timesText() + ", " + pattern.daysText() + ", "
            + pattern.staffNeeded() + " staff; now " + changed.timesText() + ", " + changed.daysText() + ", "
            + changed.staffNeeded() + " staff");
  }

  /**
   * Switches a pattern off from a day, with a reason: no shifts are made from it on or after that day. The shifts
   * already made stay on the rota, and the pattern is kept. A change made from an old copy is refused.
   */
  @Transactional
  public void switchOff(CurrentUser user, UUID serviceId, UUID patternId, @Nullable LocalDate from,
      @Nullable String reason, int version) {
    ServiceRecord service = service(user.alliance(), serviceId);
    ShiftPattern pattern = lockPattern(user.alliance(), serviceId, patternId);
    if (pattern.version() != version) {
      throw new EditConflict("shift pattern");
    }
    if (pattern.switchedOff()) {
      throw new Refused("offFrom", "The " + pattern.name() + " shift is already switched off from "
          + DAY.format(pattern.offFrom()));
    }
    List<FieldProblem> problems = new java.util.ArrayList<>();
    if (from == null) {
      problems.add(new FieldProblem("offFrom", "Enter a real date, like 2 3 2026"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("offReason", "Say why the shift is being switched off"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    store.switchOff(user.alliance(), patternId, from, reason.trim(), user.username());
    audit.record(user, user.alliance(), AuditAction.VOID, "Shift pattern", patternId, null,
        service.name() + ": " + pattern.name() + " switched off from " + from + ": " + reason.trim());
  }

  private ShiftPattern lockPattern(UUID alliance, UUID serviceId, UUID patternId) {
    return store.lockPattern(alliance, patternId).filter(p -> p.serviceId().equals(serviceId))
        .orElseThrow(() -> new RecordNotFound("Shift pattern"));
  }

  /** The service's pattern. */
  @Transactional(readOnly = true)
  public ShiftPattern pattern(UUID alliance, UUID serviceId, UUID patternId) {
    return patterns(alliance, serviceId).stream().filter(p -> p.id().equals(patternId)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Shift pattern"));
  }

  /** Makes the shifts of the service's patterns for each day from one to another (both included); how many. */
  @Transactional
  public int makeShifts(CurrentUser user, UUID serviceId, @Nullable LocalDate from, @Nullable LocalDate to) {
    ServiceRecord service = service(user.alliance(), serviceId);
    if (from == null || to == null) {
      throw new InvalidInput(List.of(new FieldProblem(from == null ? "from" : "to", "Enter a real date, like 2 3 2026")));
    }
    if (to.isBefore(from)) {
      throw new Refused("to", "The last day cannot be before the first");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MOST_DAYS) {
      throw new Refused("to", "Make shifts for at most " + MOST_DAYS + " days at a time");
    }
    if (store.patterns(user.alliance(), serviceId).stream()
        .noneMatch(p -> p.active() && (p.offFrom() == null || p.offFrom().isAfter(from)))) {
      throw new Refused("from", service.name() + " has no shift patterns yet: add one first");
    }
    int made = store.makeShifts(user.alliance(), serviceId, from, to);
    audit.record(user, user.alliance(), AuditAction.CREATE, "Shift", serviceId, null,
        made + " shifts at " + service.name() + " from " + from + " to " + to);
    return made;
  }

  /** The week from the Monday on or before the day given. */
  @Transactional(readOnly = true)
  public RotaWeek week(UUID alliance, UUID serviceId, LocalDate day) {
    ServiceRecord service = service(alliance, serviceId);
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<Shift> shifts = store.shifts(alliance, serviceId, monday, monday.plusDays(6));
    List<RotaDay> days = monday.datesUntil(monday.plusDays(7))
        .map(d -> new RotaDay(d, shifts.stream().filter(s -> s.date().equals(d)).toList())).toList();
    return new RotaWeek(serviceId, service.name(), monday, days, options(alliance, serviceId, monday));
  }

  private List<StaffOption> options(UUID alliance, UUID serviceId, LocalDate monday) {
    Set<UUID> here = bases.atService(alliance, serviceId).stream()
        .filter(b -> b.covers(monday) || b.covers(monday.plusDays(6))).map(StaffBase::staffId)
        .collect(Collectors.toSet());
    return staff.contracts(alliance, monday).stream()
        .map(c -> new StaffOption(c.staffId(), c.name(), here.contains(c.staffId())))
        .sorted(Comparator.comparing((StaffOption o) -> !o.basedHere()).thenComparing(StaffOption::name))
        .toList();
  }

  /** Puts a member of staff on a shift, as a worker. */
  @Transactional
  public UUID assign(CurrentUser user, UUID shiftId, UUID staffId, int version) {
    return assign(user, shiftId, staffId, version, null);
  }

  /** Puts a member of staff on a shift; {@code byPerson} is the person who uses the service doing so, if any. */
  @Transactional
  UUID assign(CurrentUser user, UUID shiftId, UUID staffId, int version, @Nullable UUID byPerson) {
    UUID alliance = user.alliance();
    Shift shift = store.lock(alliance, shiftId).orElseThrow(() -> new RecordNotFound("Shift"));
    if (shift.version() != version) {
      throw new EditConflict("rota");
    }
    StaffContract member = staff.contracts(alliance, shift.date()).stream()
        .filter(c -> c.staffId().equals(staffId)).findFirst()
        .orElseThrow(() -> new Refused("staffId", "Choose a member of staff whose contract covers "
            + DAY.format(shift.date())));
    store.lockStaff(alliance, staffId);
    store.clash(alliance, staffId, shift.startsAt(), shift.endsAt()).ifPresent(other -> {
      throw new Refused("staffId", member.name() + (other.id().equals(shiftId) ? " is already on this shift"
          : " is already on the " + other.name() + " shift " + other.timesText() + " at "
              + service(alliance, other.serviceId()).name() + " on " + DAY.format(other.date())
              + ", which overlaps this one. Choose someone else"));
    });
    UUID id = UUID.randomUUID();
    store.assign(alliance, id, shift, staffId, user.username(), byPerson);
    audit.record(user, alliance, AuditAction.CREATE, "Shift", shiftId, null,
        member.name() + " on " + shift.name() + " " + shift.date());
    return id;
  }

  /** Takes someone off a shift, with a reason; the record stays. */
  @Transactional
  public void remove(CurrentUser user, UUID shiftId, UUID assignmentId, int version, @Nullable String reason) {
    UUID alliance = user.alliance();
    Shift shift = store.lock(alliance, shiftId).orElseThrow(() -> new RecordNotFound("Shift"));
    if (shift.version() != version) {
      throw new EditConflict("rota");
    }
    if (reason == null || reason.isBlank()) {
      throw new Refused("reason", "Say why they are coming off the shift");
    }
    if (!store.remove(alliance, shiftId, assignmentId, user.username(), reason.trim())) {
      throw new RecordNotFound("Assignment");
    }
    audit.record(user, alliance, AuditAction.VOID, "Shift", shiftId, null, reason.trim());
  }

  /** Someone's shift, for a check before a change. */
  @Transactional(readOnly = true)
  Shift shift(UUID alliance, UUID shiftId) {
    Shift bare = store.find(alliance, shiftId).orElseThrow(() -> new RecordNotFound("Shift"));
    return store.shifts(alliance, bare.serviceId(), bare.date(), bare.date()).stream()
        .filter(s -> s.id().equals(shiftId)).findFirst().orElseThrow(() -> new RecordNotFound("Shift"));
  }
}
