package org.bridgeway.referrals;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.referrals.internal.AllocationStore;
import org.bridgeway.referrals.internal.PanelStore;
import org.bridgeway.referrals.internal.ReferralStore;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel's decision on a referral at a meeting, all in one transaction: the decision row with its reasons,
 * the referral's move (through {@link Referrals#move}; a deferral keeps it awaiting the next panel and records
 * "DEFERRED" on its timeline), allocation or waiting-list rows dated the day of the meeting, and, for an
 * allocation, {@link ReferralAllocated} for the care team. Only a referral awaiting the panel, and not already
 * decided at this meeting, can be decided; anything refused changes nothing.
 */
@Service
public class PanelDecisions {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final Panels panels;
  private final Referrals referrals;
  private final ReferralStore referralStore;
  private final PanelStore store;
  private final AllocationStore allocations;
  private final Services services;
  private final StaffChoices staff;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  PanelDecisions(Panels panels, Referrals referrals, ReferralStore referralStore, PanelStore store,
      AllocationStore allocations, Services services, StaffChoices staff, AuditTrail audit,
      ApplicationEventPublisher events) {
    this.panels = panels;
    this.referrals = referrals;
    this.referralStore = referralStore;
    this.store = store;
    this.allocations = allocations;
    this.services = services;
    this.staff = staff;
    this.audit = audit;
    this.events = events;
  }

  @Transactional
  public void decide(CurrentUser user, UUID panelId, UUID referralId, PanelDecision decision) {
    PanelMeeting meeting = panels.meeting(user, panelId);
    if (!decision.problems().isEmpty()) {
      throw new InvalidInput(decision.problems());
    }
    Referral referral = referrals.find(user, referralId);
    if (referral.status() != ReferralStatus.AWAITING_PANEL) {
      throw new Refused("referral", "This referral is not awaiting the panel: it is "
          + referral.status().label().toLowerCase(Locale.UK) + ". Nothing has been changed.");
    }
    if (store.decided(user.alliance(), panelId, referralId)) {
      throw new Refused("referral", "This meeting has already decided this referral. Nothing has been changed.");
    }
    PanelOutcome outcome = decision.outcome();
    String reasons = decision.reasons().trim();
    String detail = detail(user.alliance(), decision);
    move(user, referral, decision.referralVersion(), outcome, reasons);
    store.insertDecision(user.alliance(), panelId, referralId, outcome, reasons, detail, user.username());
    if (outcome.namesServices()) {
      String kind = outcome == PanelOutcome.ALLOCATE ? "ALLOCATED" : "WAITING_LIST";
      decision.services().forEach(service -> allocations.insert(user.alliance(), referralId, referral.personId(),
          service, kind, meeting.meetsOn()));
    }
    if (outcome == PanelOutcome.ALLOCATE) {
      events.publishEvent(new ReferralAllocated(user.alliance(), referralId, referral.personId(),
          decision.services().get(0), decision.keyWorkerStaffId(), decision.teamMembers(), decision.startDate(),
          user.username()));
    }
  }

  private void move(CurrentUser user, Referral referral, int version, PanelOutcome outcome, String reasons) {
    if (outcome.target() != null) {
      referrals.move(user, referral.id(), version, outcome.target(), reasons, "PANEL_DECISION");
      return;
    }
    if (referral.version() != version || !referralStore.move(user.alliance(), referral.id(), version,
        ReferralStatus.AWAITING_PANEL, reasons, null)) {
      throw new EditConflict("referral");
    }
    referralStore.event(user.alliance(), referral.id(), user.username(), "DEFERRED", ReferralStatus.AWAITING_PANEL,
        ReferralStatus.AWAITING_PANEL, reasons);
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Referral", referral.id(), referral.personId(),
        "Deferred to the next panel");
  }

  /** What the decision allocated, in words for the minutes; checks every service and worker is the alliance's. */
  private @Nullable String detail(UUID alliance, PanelDecision decision) {
    if (!decision.outcome().namesServices()) {
      return null;
    }
    Map<UUID, String> names = services.all(alliance).stream()
        .collect(Collectors.toMap(ServiceRecord::id, ServiceRecord::name));
    List<String> chosen = new ArrayList<>();
    for (UUID service : decision.services()) {
      if (!names.containsKey(service)) {
        throw new Refused("serviceIds", "Choose services from the list");
      }
      chosen.add(names.get(service));
    }
    if (decision.outcome() == PanelOutcome.WAITING_LIST) {
      return "Added to the waiting list of " + String.join(", ", chosen) + ".";
    }
    StringBuilder text = new StringBuilder("Allocated to ").append(String.join(", ", chosen))
        .append(". Key worker: ")
        .append(staff.require(alliance, decision.keyWorkerStaffId(), "keyWorkerStaffId").fullName()).append('.');
    List<String> team = new ArrayList<>();
    for (TeamMemberChoice member : decision.teamMembers()) {
      team.add(staff.require(alliance, member.staffId(), "members").fullName() + " (" + member.role().trim() + ")");
    }
    if (!team.isEmpty()) {
      text.append(" Care team: ").append(String.join(", ", team)).append('.');
    }
    return text.append(" Starting ").append(DAY.format(decision.startDate())).append('.').toString();
  }
}
