package org.bridgeway.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.governance.internal.ForumStore;
import org.bridgeway.people.People;
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
 * The forum of people who use services: its meetings, who came and the issues raised. Managers and
 * administrators record and change them; practitioners read them. A meeting changed from a stale copy is refused;
 * nothing is deleted (meetings, attendees and issues are voided with a reason); every read and change is audited.
 * A person who uses services is recorded by a first name or initials, and linked to their record only by a worker
 * who may open it.
 */
@Service
public class Forum {

  public static final int PAGE_SIZE = 20;

  private final ForumStore store;
  private final Staff staff;
  private final People people;
  private final AuditTrail audit;
  private final Clock clock;

  Forum(ForumStore store, Staff staff, People people, AuditTrail audit, Clock clock) {
    this.store = store;
    this.staff = staff;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  public static boolean mayRead(CurrentUser user) {
    return mayChange(user) || user.role() == Role.PRACTITIONER;
  }

  public static boolean mayChange(CurrentUser user) {
    return user.role() == Role.ADMIN || user.role() == Role.MANAGER;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  @Transactional(readOnly = true)
  public Paged<MeetingLine> meetings(CurrentUser user, int page) {
    requireRead(user);
    return store.meetings(user.alliance(), Math.max(0, page), PAGE_SIZE);
  }

  /** A meeting with who came and the issues and actions; the reading is audited. */
  @Transactional
  public MeetingRecord read(CurrentUser user, UUID id) {
    requireRead(user);
    Meeting meeting = meeting(user, id);
    audit.record(user, user.alliance(), AuditAction.VIEW, "ForumMeeting", id, null,
        "Forum meeting of " + Dates.show(meeting.heldOn()));
    return new MeetingRecord(meeting, store.attendees(user.alliance(), id), store.issues(user.alliance(), id));
  }

  @Transactional(readOnly = true)
  public Meeting meeting(CurrentUser user, UUID id) {
    requireRead(user);
    return store.meeting(user.alliance(), id).orElseThrow(() -> new RecordNotFound("Forum meeting"));
  }

  @Transactional
  public UUID record(CurrentUser user, MeetingDetails details) {
    requireChange(user);
    checked(details.problems(today()));
    UUID id = UUID.randomUUID();
    store.insertMeeting(user.alliance(), id, details, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "ForumMeeting", id, null,
        "Forum meeting of " + Dates.show(details.heldOn()) + " at " + details.place().trim());
    return id;
  }

  /** Replaces the meeting's details; refused if someone changed it since the version read. */
  @Transactional
  public void change(CurrentUser user, UUID id, int version, MeetingDetails details) {
    requireChange(user);
    Meeting meeting = open(user, id);
    checked(details.problems(today()));
    if (meeting.version() != version
        || !store.changeMeeting(user.alliance(), id, version, details, user.username())) {
      throw new EditConflict("forum meeting");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "ForumMeeting", id, null,
        "Forum meeting of " + Dates.show(details.heldOn()));
  }

  @Transactional
  public void voidMeeting(CurrentUser user, UUID id, int version, @Nullable String reason) {
    requireChange(user);
    open(user, id);
    String why = reason(reason);
    if (!store.voidMeeting(user.alliance(), id, version, why, user.displayName())) {
      throw new EditConflict("forum meeting");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "ForumMeeting", id, null, why);
  }

  /** Records someone who came; a person linked to a record needs the worker to be able to open it. */
  @Transactional
  public UUID addAttendee(CurrentUser user, UUID meetingId, NewAttendee attendee) {
    requireChange(user);
    open(user, meetingId);
    checked(attendee.problems());
    String name;
    if (attendee.kind() == AttendeeKind.STAFF) {
      name = staffMember(user, attendee.staffId(), "staffId").fullName();
    } else {
      name = attendee.name().trim();
      if (attendee.personId() != null) {
        people.requireAccess(user, attendee.personId());
      }
    }
    UUID id = UUID.randomUUID();
    store.insertAttendee(user.alliance(), meetingId, id, attendee, name, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "ForumAttendee", id,
        attendee.kind() == AttendeeKind.PERSON ? attendee.personId() : null,
        "Came to the forum: " + attendee.kind().label());
    return id;
  }

  @Transactional
  public void voidAttendee(CurrentUser user, UUID meetingId, UUID id, @Nullable String reason) {
    requireChange(user);
    open(user, meetingId);
    Attendee attendee = store.attendee(user.alliance(), meetingId, id)
        .orElseThrow(() -> new RecordNotFound("Attendee"));
    String why = reason(reason);
    if (!store.voidAttendee(user.alliance(), id, why, user.displayName())) {
      throw new Refused("reason", "This attendance was already voided");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "ForumAttendee", id, attendee.personId(), why);
  }

  @Transactional
  public UUID raise(CurrentUser user, UUID meetingId, NewIssue issue) {
    requireChange(user);
    open(user, meetingId);
    checked(issue.problems());
    UUID id = UUID.randomUUID();
    store.insertIssue(user.alliance(), meetingId, id, issue, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "ForumIssue", id, null, issue.text().trim());
    return id;
  }

  @Transactional(readOnly = true)
  public Issue issue(CurrentUser user, UUID id) {
    requireRead(user);
    return store.issue(user.alliance(), id).orElseThrow(() -> new RecordNotFound("Forum issue"));
  }

  @Transactional
  public void voidIssue(CurrentUser user, UUID id, @Nullable String reason) {
    requireChange(user);
    issue(user, id);
    String why = reason(reason);
    if (!store.voidIssue(user.alliance(), id, why, user.displayName())) {
      throw new Refused("reason", "This issue was already voided");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "ForumIssue", id, null, why);
  }

  /** The forum meetings the person signed in came to, where they were linked to their record. */
  @Transactional(readOnly = true)
  public List<Meeting> mine(CurrentUser me) {
    if (me.role() != Role.PERSON || me.personId() == null) {
      throw new AccessDenied("forum record");
    }
    return store.attendedBy(me.alliance(), me.personId());
  }

  /** The figure "forum actions closed" for a period of whole days, both ends included. */
  @Transactional(readOnly = true)
  public ActionsClosed actionsClosed(CurrentUser user, LocalDate from, LocalDate to) {
    requireRead(user);
    if (to.isBefore(from)) {
      throw new Refused("to", "The end of the period cannot be before its start");
    }
    return store.actionsClosed(user.alliance(), from, to);
  }

  /**
   * The same figure for the alliance figures, which name no one and are seen by commissioners too: counts only,
   * nothing of the forum's records.
   */
  @Transactional(readOnly = true)
  public ActionsClosed actionsClosedCounts(UUID alliance, LocalDate from, LocalDate to) {
    return store.actionsClosed(alliance, from, to);
  }

  StaffMember staffMember(CurrentUser user, @Nullable UUID id, String field) {
    try {
      return staff.get(user.alliance(), id);
    } catch (RecordNotFound e) {
      throw new Refused(field, "Select a member of staff from the list");
    }
  }

  private Meeting open(CurrentUser user, UUID id) {
    Meeting meeting = meeting(user, id);
    if (meeting.voided()) {
      throw new Refused("reason", "This meeting was voided, so it cannot be changed");
    }
    return meeting;
  }

  static String reason(@Nullable String reason) {
    if (Words.blank(reason)) {
      throw new InvalidInput(List.of(new FieldProblem("reason", "Enter why it is being voided")));
    }
    if (reason.trim().length() > 500) {
      throw new InvalidInput(List.of(new FieldProblem("reason", "Enter no more than 500 characters")));
    }
    return reason.trim();
  }

  static void checked(List<FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  static void requireRead(CurrentUser user) {
    if (!mayRead(user)) {
      throw new AccessDenied("forum record");
    }
  }

  static void requireChange(CurrentUser user) {
    if (!mayChange(user)) {
      throw new AccessDenied("forum record for changing");
    }
  }
}
