package org.bridgeway.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bridgeway.alliance.Services;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.referrals.PanelOutcome;
import org.bridgeway.referrals.PanelsBulkWriter;
import org.bridgeway.referrals.PanelsBulkWriter.PastAction;
import org.bridgeway.referrals.PanelsBulkWriter.PastAttendee;
import org.bridgeway.referrals.PanelsBulkWriter.PastDecision;
import org.bridgeway.referrals.PanelsBulkWriter.PastPanel;
import org.bridgeway.referrals.ReferralsBulkWriter.PastReferral;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The last few panel meetings of each demo alliance, on the days {@link DemoReferrals} put its decisions:
 * members from the partners present, a decision for every referral decided that day with its reasons, and the
 * actions agreed, the older ones done.
 */
@Component
class DemoPanels {

  static final int MEETINGS = 4;
  private static final int PRESENT = 5;
  private static final List<String> PLACES = List.of("Alliance office, meeting room 1", "Video call");

  private final PanelsBulkWriter writer;
  private final Staff staff;
  private final Services services;

  DemoPanels(PanelsBulkWriter writer, Staff staff, Services services) {
    this.writer = writer;
    this.staff = staff;
    this.services = services;
  }

  void write(UUID alliance, String shortName, List<PastReferral> referrals, LocalDate today, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x9A4E1L);
    List<StaffMember> workers = staff.page(alliance, 0, 60).items();
    Map<UUID, String> serviceNames = new HashMap<>();
    services.all(alliance).forEach(s -> serviceNames.put(s.id(), s.name()));
    List<PastPanel> panels = new ArrayList<>();
    for (LocalDate day : PanelDays.before(today).last(MEETINGS)) {
      List<PastAttendee> present = present(workers, random);
      String chair = present.isEmpty() ? "Demo panel chair" : present.get(0).name();
      List<PastDecision> decisions = referrals.stream()
          .filter(r -> r.status().decided() && day.equals(r.decidedOn()))
          .map(r -> decision(r, serviceNames, shortName + "-panel")).toList();
      panels.add(new PastPanel(UUID.randomUUID(), day, LocalTime.of(10, 0), Weighted.any(PLACES, random), chair,
          shortName + "-manager", present, decisions, actions(decisions, present, day, today, shortName + "-manager")));
    }
    writer.write(alliance, panels);
  }

  /** Up to five members of staff, one from each partner where there are enough partners. */
  private static List<PastAttendee> present(List<StaffMember> workers, SplittableRandom random) {
    Map<UUID, StaffMember> onePerPartner = new LinkedHashMap<>();
    int start = workers.isEmpty() ? 0 : random.nextInt(workers.size());
    for (int i = 0; i < workers.size() && onePerPartner.size() < PRESENT; i++) {
      StaffMember worker = workers.get((start + i) % workers.size());
      onePerPartner.putIfAbsent(worker.organisationId(), worker);
    }
    return onePerPartner.values().stream()
        .map(w -> new PastAttendee(w.fullName(), w.organisationId(), w.id())).toList();
  }

  private static PastDecision decision(PastReferral referral, Map<UUID, String> serviceNames, String by) {
    String service = referral.service() == null ? null : serviceNames.get(referral.service());
    PanelOutcome outcome = switch (referral.status()) {
      case ALLOCATED -> PanelOutcome.ALLOCATE;
      case WAITING_LIST -> PanelOutcome.WAITING_LIST;
      case SIGNPOSTED -> PanelOutcome.SIGNPOST;
      default -> PanelOutcome.DECLINE;
    };
    String detail = service == null ? null : switch (referral.status()) {
      case ALLOCATED -> "Allocated to " + service;
      case WAITING_LIST -> "On the waiting list for " + service;
      default -> null;
    };
    String reasons = referral.statusReason() == null ? outcome.pastTense() : referral.statusReason();
    return new PastDecision(referral.id(), outcome, reasons, detail, by);
  }

  /** For each place offered, a first visit to arrange; for each meeting, the outcomes to send to referrers. */
  private static List<PastAction> actions(List<PastDecision> decisions, List<PastAttendee> present, LocalDate day,
      LocalDate today, String by) {
    String owner = present.isEmpty() ? "Panel administrator" : present.get(present.size() - 1).name();
    List<PastAction> actions = new ArrayList<>();
    actions.add(action(null, "Send each referrer the panel's decision and reasons", owner, day.plusDays(2), today,
        by));
    decisions.stream().filter(d -> d.outcome() == PanelOutcome.ALLOCATE).limit(2).forEach(d -> actions.add(
        action(d.referralId(), "Arrange the first visit with the key worker", owner, day.plusDays(7), today, by)));
    return actions;
  }

  private static PastAction action(@Nullable UUID referral, String what, String owner, LocalDate due,
      LocalDate today, String by) {
    boolean done = due.isBefore(today);
    return new PastAction(referral, what, owner, due, done ? due.minusDays(1) : null, done ? by : null);
  }
}
