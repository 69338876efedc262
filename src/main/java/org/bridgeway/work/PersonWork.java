package org.bridgeway.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.bridgeway.work.internal.WorkStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's work, learning and volunteering: their vocational status over time, their vocational profile, the
 * jobs they start and end, and in-work support for each job. Only someone who may open the person's record reads
 * or writes these, and every read and change is audited. A job cannot end before it starts; hours and pay cannot
 * be negative; the profile and a status are changed only at the version read. A status entered in error is voided
 * with a reason: it stays on the staff's page, struck through, and is left out of every figure and of the person's
 * own view.
 */
@Service
public class PersonWork {

  private final WorkStore store;
  private final People people;
  private final AuditTrail audit;
  private final Clock clock;

  PersonWork(WorkStore store, People people, AuditTrail audit, Clock clock) {
    this.store = store;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  /** Everything on the person's work page, newest first. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public WorkRecord of(CurrentUser user, UUID personId) {
    people.requireAccess(user, personId);
    WorkRecord record = new WorkRecord(store.statuses(user.alliance(), personId),
        store.profile(user.alliance(), personId), store.jobs(user.alliance(), personId),
        store.support(user.alliance(), personId), today());
    audit.record(user, user.alliance(), AuditAction.VIEW, "Work", personId, personId,
        "Work, learning and volunteering");
    return record;
  }

  /** The person's own work record, for themselves only. */
  @Transactional
  public WorkRecord mine(CurrentUser user) {
    if (user.role() != Role.PERSON || user.personId() == null) {
      throw new RecordNotFound("Person");
    }
    UUID me = user.personId();
    List<VocationalStatus> statuses = store.statuses(user.alliance(), me).stream().filter(s -> !s.voided()).toList();
    WorkRecord record = new WorkRecord(statuses, store.profile(user.alliance(), me),
        store.jobs(user.alliance(), me), store.support(user.alliance(), me), today());
    audit.record(user, user.alliance(), AuditAction.VIEW, "Work", me, me, "Their own work, learning and volunteering");
    return record;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID recordStatus(CurrentUser user, UUID personId, NewVocationalStatus status) {
    people.requireAccess(user, personId);
    refuse(status.problems(today()));
    UUID id = UUID.randomUUID();
    store.insertStatus(user.alliance(), id, personId, status, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "VocationalStatus", id, personId,
        status.status().code() + " " + status.status().label() + " from " + status.date());
    return id;
  }

  /** Replaces a status's content with what is given, at the version read; a voided status cannot change. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void changeStatus(CurrentUser user, UUID personId, UUID statusId, int version, NewVocationalStatus status) {
    people.requireAccess(user, personId);
    VocationalStatus current = status(user, personId, statusId);
    refuse(status.problems(today()));
    if (current.voided()) {
      throw new Refused("status", "This status was voided, so it cannot be changed");
    }
    if (current.version() != version || !store.changeStatus(user.alliance(), statusId, version, status,
        user.username())) {
      throw new EditConflict("vocational status");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "VocationalStatus", statusId, personId,
        "Was " + words(current.status(), current.date()) + "; now " + words(status.status(), status.date()));
  }

  /** Voids a status entered in error; it stays on the record with who voided it, when and why. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void voidStatus(CurrentUser user, UUID personId, UUID statusId, int version, @Nullable String reason) {
    people.requireAccess(user, personId);
    VocationalStatus current = status(user, personId, statusId);
    if (reason == null || reason.isBlank()) {
      throw new Refused("voidReason", "Enter why the status is being voided");
    }
    if (current.voided()) {
      throw new Refused("voidReason", "This status was already voided");
    }
    if (current.version() != version || !store.voidStatus(user.alliance(), statusId, version, reason.trim(),
        user.username())) {
      throw new EditConflict("vocational status");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "VocationalStatus", statusId, personId,
        words(current.status(), current.date()) + ": " + reason.trim());
  }

  /** Saves the profile given at the version it was read; refused if someone saved it since. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void saveProfile(CurrentUser user, UUID personId, VocationalProfile profile) {
    people.requireAccess(user, personId);
    if (profile.hoursWanted() != null && (profile.hoursWanted() < 0 || profile.hoursWanted() > 168)) {
      throw new Refused("hoursWanted", "Hours wanted must be between 0 and 168");
    }
    if (profile.disclosure() != null && !List.of("DISCLOSE", "NOT_DISCLOSE", "UNDECIDED")
        .contains(profile.disclosure())) {
      throw new Refused("disclosure", "Select whether they want their employer told");
    }
    if (!store.saveProfile(user.alliance(), personId, profile, user.username())) {
      throw new EditConflict("vocational profile");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "VocationalProfile", personId, personId,
        "Vocational profile saved");
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID startJob(CurrentUser user, UUID personId, NewJob job) {
    people.requireAccess(user, personId);
    refuse(job.problems());
    UUID id = UUID.randomUUID();
    store.insertJob(user.alliance(), id, personId, job, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "Job", id, personId,
        job.role().trim() + " at " + job.employer().trim() + " from " + job.startDate());
    return id;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public void endJob(CurrentUser user, UUID personId, UUID jobId, int version, @Nullable LocalDate end,
      @Nullable JobEndReason reason) {
    people.requireAccess(user, personId);
    Job job = job(user, personId, jobId);
    if (end == null) {
      throw new Refused("endDate", "Enter the date the job ended");
    }
    if (end.isBefore(job.startDate())) {
      throw new Refused("endDate", "The job cannot end before it started, on " + Dates.text(job.startDate()));
    }
    if (reason == null) {
      throw new Refused("reason", "Select why the job ended");
    }
    if (!job.open() || job.version() != version || !store.endJob(user.alliance(), jobId, version, end, reason)) {
      throw new EditConflict("job");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Job", jobId, personId,
        "Ended " + end + ": " + reason.label());
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID recordSupport(CurrentUser user, UUID personId, UUID jobId, @Nullable LocalDate date,
      @Nullable String notes) {
    people.requireAccess(user, personId);
    Job job = job(user, personId, jobId);
    if (date == null) {
      throw new Refused("supportDate", "Enter the date of the contact");
    }
    if (date.isBefore(job.startDate())) {
      throw new Refused("supportDate", "In-work support starts with the job, on " + Dates.text(job.startDate()));
    }
    if (notes == null || notes.isBlank()) {
      throw new Refused("notes", "Enter what the support was");
    }
    UUID id = UUID.randomUUID();
    store.insertSupport(user.alliance(), id, jobId, date, notes.trim(), user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "InWorkSupport", id, personId,
        "In-work support on " + date + " for " + job.role());
    return id;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private VocationalStatus status(CurrentUser user, UUID personId, UUID statusId) {
    return store.status(user.alliance(), personId, statusId)
        .orElseThrow(() -> new RecordNotFound("Vocational status"));
  }

  private static String words(EmploymentStatus status, LocalDate from) {
    return status.code() + " " + status.label() + " from " + from;
  }

  private Job job(CurrentUser user, UUID personId, UUID jobId) {
    return store.job(user.alliance(), personId, jobId).orElseThrow(() -> new RecordNotFound("Job"));
  }

  static void refuse(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  /**
   * Among the people given, those in work, volunteering, education or training on the day: their status on the
   * day ({@link StatusOnADay}) is {@link VocationalStatus#occupied() occupied}. For the alliance figures; counts
   * only, naming no one, so not audited here.
   */
  @Transactional(readOnly = true)
  public Set<UUID> occupiedAmong(UUID alliance, Collection<UUID> peopleListed, LocalDate day) {
    Set<UUID> listed = new HashSet<>(peopleListed);
    Map<UUID, List<VocationalStatus>> byPerson = store.statusesUpTo(alliance, day).stream()
        .filter(s -> listed.contains(s.personId()))
        .collect(Collectors.groupingBy(VocationalStatus::personId));
    Set<UUID> occupied = new HashSet<>();
    byPerson.forEach((person, statuses) -> {
      if (StatusOnADay.of(statuses, day).map(VocationalStatus::occupied).orElse(false)) {
        occupied.add(person);
      }
    });
    return occupied;
  }
}
