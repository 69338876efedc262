package org.bridgeway.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.careteam.CareTeams;
import org.bridgeway.careteam.CaseloadEntry;
import org.bridgeway.health.internal.HealthCheckStore;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is due a check, and the share of people with a complete one (see {@link HealthRules}). A worker's list
 * is the people whose records they may open: for a practitioner their caseload (their care teams and their
 * services' lists), for a manager also the people their organisation's staff are on the team of, for an
 * administrator the alliance. People on the user's own caseload who have never had a check are listed as
 * overdue.
 */
@Service
public class HealthFigures {

  static final int DUE_READ = 5000;
  static final int CASELOAD_READ = 1000;

  private final HealthCheckStore store;
  private final People people;
  private final CareTeams careTeams;
  private final AuditTrail audit;
  private final Clock clock;

  HealthFigures(HealthCheckStore store, People people, CareTeams careTeams, AuditTrail audit, Clock clock) {
    this.store = store;
    this.people = people;
    this.careTeams = careTeams;
    this.audit = audit;
    this.clock = clock;
  }

  /** People due a check in the next 4 weeks or overdue, overdue first, among those the user may open. */
  @Transactional
  public List<DueCheck> due(CurrentUser user) {
    if (!user.role().worksWithRecords()) {
      throw new AccessDenied("list");
    }
    LocalDate today = LocalDate.now(clock);
    List<DueCheck> due = new ArrayList<>(store.dueBy(user.alliance(), today.plusDays(HealthRules.DUE_DAYS), today,
        DUE_READ).stream().filter(d -> people.mayOpen(user, d.personId())).toList());
    due.addAll(neverChecked(user));
    due.sort(Comparator.comparing((DueCheck d) -> d.nextDue() == null ? LocalDate.MIN : d.nextDue())
        .thenComparing(DueCheck::name));
    audit.record(user, user.alliance(), AuditAction.VIEW, "HealthChecksDue", null, null,
        due.size() + " health checks due or overdue");
    return due;
  }

  /** Of the people given, how many had a complete check on the day. */
  @Transactional
  public Share share(CurrentUser user, Collection<UUID> personIds, LocalDate day) {
    Set<UUID> distinct = new HashSet<>(personIds);
    int complete = store.completeOn(user.alliance(), distinct, day).size();
    audit.record(user, user.alliance(), AuditAction.VIEW, "HealthCheckFigures", null, null,
        complete + " of " + distinct.size() + " people with a complete health check on " + day);
    return new Share(day, complete, distinct.size());
  }

  /**
   * Of the people given, those with a complete check on the day: the people {@link #share} counts, for the list
   * behind the alliance figure. The caller checks who may see them and audits the list.
   */
  @Transactional(readOnly = true)
  public Set<UUID> completeAmong(UUID alliance, Collection<UUID> personIds, LocalDate day) {
    return new HashSet<>(store.completeOn(alliance, new HashSet<>(personIds), day));
  }

  /** Whether the person's check was complete on the day. */
  @Transactional
  public boolean completeOn(CurrentUser user, UUID personId, LocalDate day) {
    people.requireAccess(user, personId);
    audit.record(user, user.alliance(), AuditAction.VIEW, "HealthCheckFigures", personId, personId,
        "Whether the health check was complete on " + day);
    return store.completeOn(user.alliance(), List.of(personId), day).contains(personId);
  }

  private List<DueCheck> neverChecked(CurrentUser user) {
    List<CaseloadEntry> caseload = careTeams.caseload(user, 0, CASELOAD_READ).items();
    Set<UUID> checked = store.everChecked(user.alliance(), caseload.stream().map(CaseloadEntry::personId).toList());
    return caseload.stream().filter(e -> !checked.contains(e.personId()))
        .map(e -> new DueCheck(e.personId(), e.displayName(), null, null, DueStatus.OVERDUE)).distinct().toList();
  }
}
