package org.bridgeway.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.referrals.internal.PanelStore;
import org.bridgeway.referrals.internal.ReferralStore;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The joint referrals panel's meetings. Managers (and administrators) schedule them; panel members, managers
 * and administrators hold them: the agenda is every referral awaiting the panel that this meeting has not yet
 * decided, the most urgent first and then the longest waiting; attendance and actions are recorded here and
 * decisions in {@link PanelDecisions}. Showing a referral on an agenda is a read of it, and audited.
 */
@Service
public class Panels {

  static final Comparator<PanelAgendaItem> AGENDA_ORDER = Comparator
      .comparingInt((PanelAgendaItem item) -> item.urgency().rank())
      .thenComparing(PanelAgendaItem::receivedOn)
      .thenComparing(PanelAgendaItem::personName);

  private final PanelStore store;
  private final ReferralStore referrals;
  private final Services services;
  private final Organisations organisations;
  private final StaffChoices staff;
  private final AuditTrail audit;
  private final Clock clock;

  Panels(PanelStore store, ReferralStore referrals, Services services, Organisations organisations,
      StaffChoices staff, AuditTrail audit, Clock clock) {
    this.store = store;
    this.referrals = referrals;
    this.services = services;
    this.organisations = organisations;
    this.staff = staff;
    this.audit = audit;
    this.clock = clock;
  }

  /** Administrators and service managers schedule meetings and offer places; panel members do not. */
  public static boolean manages(CurrentUser user) {
    return user.is(Role.ADMIN) || user.is(Role.MANAGER);
  }

  public static void requireManager(CurrentUser user) {
    if (!manages(user)) {
      throw new AccessDeniedException("Only administrators and service managers can do this");
    }
  }

  @Transactional
  public UUID schedule(CurrentUser user, NewPanelMeeting meeting) {
    requireManager(user);
    var problems = meeting.problems(LocalDate.now(clock));
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    UUID id = UUID.randomUUID();
    store.insertMeeting(user.alliance(), id, meeting, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "PanelMeeting", id, null, "Panel on " + meeting.meetsOn());
    return id;
  }

  public List<PanelMeeting> upcoming(CurrentUser user) {
    return store.meetings(user.alliance(), LocalDate.now(clock), false, 100);
  }

  public List<PanelMeeting> past(CurrentUser user) {
    return store.meetings(user.alliance(), LocalDate.now(clock), true, 100);
  }

  public PanelMeeting meeting(CurrentUser user, UUID id) {
    return store.meeting(user.alliance(), id).orElseThrow(() -> new RecordNotFound("Panel meeting"));
  }

  /** The meeting with its agenda, attendance, decisions and actions. */
  @Transactional
  public PanelMeetingView view(CurrentUser user, UUID id) {
    PanelMeeting meeting = meeting(user, id);
    List<PanelAgendaItem> agenda = agenda(user, meeting);
    List<PanelDecisionRecord> decisions = store.decisions(user.alliance(), id);
    agenda.forEach(item -> audited(user, item.referralId(), item.personId(), meeting));
    decisions.forEach(d -> audited(user, d.referralId(), d.personId(), meeting));
    return new PanelMeetingView(meeting, agenda, store.attendees(user.alliance(), id), decisions,
        store.actions(user.alliance(), id));
  }

  private void audited(CurrentUser user, UUID referral, UUID person, PanelMeeting meeting) {
    audit.record(user, user.alliance(), AuditAction.VIEW, "Referral", referral, person,
        "Panel of " + meeting.meetsOn());
  }

  /** Referrals awaiting the panel that this meeting has not decided: urgent first, then the longest waiting. */
  List<PanelAgendaItem> agenda(CurrentUser user, PanelMeeting meeting) {
    UUID alliance = user.alliance();
    Map<UUID, String> serviceNames = services.all(alliance).stream()
        .collect(Collectors.toMap(ServiceRecord::id, ServiceRecord::name));
    Set<UUID> duplicates = store.possibleDuplicates(alliance);
    Map<UUID, Integer> deferrals = store.deferrals(alliance);
    LocalDate today = LocalDate.now(clock);
    return referrals.where(alliance, """
            r.status = 'AWAITING_PANEL' and not exists (select 1 from panel_decision d
              where d.alliance_id = r.alliance_id and d.referral_id = r.id and d.panel_id = ?)""", meeting.id())
        .stream()
        .map(r -> new PanelAgendaItem(r.id(), r.personId(), r.personName(), r.reason(),
            r.requestedServices().stream().map(s -> serviceNames.getOrDefault(s, "Unknown service")).sorted()
                .toList(),
            r.panelToDecide(), r.risks(), r.referrerName(), r.source(), r.urgency(), r.receivedOn(),
            java.time.temporal.ChronoUnit.DAYS.between(r.receivedOn(), today), duplicates.contains(r.id()),
            deferrals.getOrDefault(r.id(), 0), r.version()))
        .sorted(AGENDA_ORDER)
        .toList();
  }

  @Transactional
  public UUID recordAttendance(CurrentUser user, UUID panelId, NewAttendee attendee) {
    meeting(user, panelId);
    if (!attendee.problems().isEmpty()) {
      throw new InvalidInput(attendee.problems());
    }
    String name = attendee.name() == null || attendee.name().isBlank() ? null : attendee.name().trim();
    UUID organisation = attendee.organisationId();
    if (attendee.staffId() != null) {
      var member = staff.require(user.alliance(), attendee.staffId(), "staffId");
      name = name == null ? member.fullName() : name;
      organisation = organisation == null ? member.organisationId() : organisation;
    }
    if (!organisations.exists(user.alliance(), organisation)) {
      throw new Refused("organisationId", "Select an organisation from the list");
    }
    UUID id = UUID.randomUUID();
    store.insertAttendee(user.alliance(), panelId, id, name,
        new NewAttendee(name, organisation, attendee.staffId()));
    audit.record(user, user.alliance(), AuditAction.UPDATE, "PanelMeeting", panelId, null, "Present: " + name);
    return id;
  }

  @Transactional
  public UUID addAction(CurrentUser user, UUID panelId, NewPanelAction action) {
    meeting(user, panelId);
    if (!action.problems().isEmpty()) {
      throw new InvalidInput(action.problems());
    }
    if (action.referralId() != null && referrals.find(user.alliance(), action.referralId()).isEmpty()) {
      throw new Refused("referralId", "Select a referral from the list");
    }
    UUID id = UUID.randomUUID();
    store.insertAction(user.alliance(), panelId, id, action);
    audit.record(user, user.alliance(), AuditAction.UPDATE, "PanelMeeting", panelId, null,
        "Action for " + action.owner().trim());
    return id;
  }

  @Transactional
  public void markActionDone(CurrentUser user, UUID panelId, UUID actionId) {
    meeting(user, panelId);
    if (!store.markDone(user.alliance(), panelId, actionId, LocalDate.now(clock), user.username())) {
      throw new RecordNotFound("Open action");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "PanelMeeting", panelId, null, "Action done");
  }
}
