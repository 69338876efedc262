package org.bridgeway.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.bridgeway.work.internal.EmploymentTeamStore;
import org.bridgeway.work.internal.WorkStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employment teams (services of kind employment team): each one's caseload of people allocated to an
 * employment specialist (allocations are made and ended in {@link EmploymentCaseloads}), its contacts with
 * employers, and its IPS fidelity reviews. A practitioner who is a member of staff sees their own caseload;
 * managers and administrators see the whole team's. Every read of the caseload and every change is audited.
 */
@Service
public class EmploymentTeams {

  private final EmploymentTeamStore store;
  private final WorkStore work;
  private final Services services;
  private final AuditTrail audit;
  private final PersonWork personWork;

  EmploymentTeams(EmploymentTeamStore store, WorkStore work, Services services, AuditTrail audit,
      PersonWork personWork) {
    this.store = store;
    this.work = work;
    this.services = services;
    this.audit = audit;
    this.personWork = personWork;
  }

  public List<ServiceRecord> teams(CurrentUser user) {
    return services.all(user.alliance()).stream().filter(s -> s.kind() == ServiceKind.EMPLOYMENT_TEAM).toList();
  }

  public ServiceRecord team(CurrentUser user, UUID serviceId) {
    return teams(user).stream().filter(s -> s.id().equals(serviceId)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Employment team"));
  }

  /** Whether the user sees only their own caseload: a practitioner who is a member of staff. */
  public static boolean ownCaseloadOnly(CurrentUser user) {
    return user.staffId() != null && !user.is(Role.ADMIN) && !user.is(Role.MANAGER);
  }

  /** The team's caseload today, each person with their current status and job. */
  @Transactional
  public List<CaseloadEntry> caseload(CurrentUser user, UUID serviceId) {
    ServiceRecord team = team(user, serviceId);
    List<CaseloadEntry> entries = store.caseload(user.alliance(), serviceId, personWork.today(),
        ownCaseloadOnly(user) ? user.staffId() : null);
    audit.record(user, user.alliance(), AuditAction.VIEW, "WorkCaseload", serviceId, null,
        "Caseload of " + team.name() + ": " + entries.size() + " people");
    return entries;
  }

  public List<EmployerContact> contacts(CurrentUser user, UUID serviceId) {
    team(user, serviceId);
    return store.contacts(user.alliance(), serviceId, 50);
  }

  @Transactional
  public UUID recordContact(CurrentUser user, UUID serviceId, @Nullable String employer, @Nullable LocalDate date,
      @Nullable EmployerContactKind kind, @Nullable String notes) {
    team(user, serviceId);
    if (employer == null || employer.isBlank()) {
      throw new Refused("employer", "Enter the employer");
    }
    if (date == null) {
      throw new Refused("date", "Enter the date of the contact");
    }
    if (kind == null) {
      throw new Refused("kind", "Select what the contact was for");
    }
    UUID id = UUID.randomUUID();
    store.insertContact(user.alliance(), id, serviceId, user.staffId(), employer.trim(), date, kind,
        notes == null || notes.isBlank() ? null : notes.trim(), user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "EmployerContact", id, null,
        kind.label() + " with " + employer.trim() + " on " + date);
    return id;
  }

  public List<FidelityReview> reviews(CurrentUser user, UUID serviceId) {
    team(user, serviceId);
    return store.reviews(user.alliance(), serviceId);
  }

  @Transactional
  public UUID recordReview(CurrentUser user, UUID serviceId, NewFidelityReview review) {
    team(user, serviceId);
    PersonWork.refuse(review.problems());
    int total = review.scores().stream().mapToInt(Integer::intValue).sum();
    UUID id = UUID.randomUUID();
    store.insertReview(user.alliance(), id, serviceId, review, total, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "FidelityReview", id, null,
        "Fidelity review on " + review.date() + ": " + total + ", " + FidelityScale.band(total));
    return id;
  }

  /** Two reviews of the team item by item: the change from the earlier to the later. */
  public List<ItemChange> compare(CurrentUser user, UUID serviceId, UUID earlierId, UUID laterId) {
    List<FidelityReview> all = reviews(user, serviceId);
    FidelityReview earlier = find(all, earlierId);
    FidelityReview later = find(all, laterId);
    List<ItemChange> changes = new ArrayList<>();
    for (int i = 0; i < FidelityScale.ITEMS.size(); i++) {
      changes.add(new ItemChange(i + 1, FidelityScale.ITEMS.get(i), earlier.scores().get(i), later.scores().get(i)));
    }
    return changes;
  }

  /**
   * The public figure: among the alliance's people with a vocational status recorded on or before the day, how
   * many are in work, volunteering, education or training on it ({@link StatusOnADay}).
   */
  public long occupiedOn(CurrentUser user, LocalDate day) {
    return StatusOnADay.occupiedPeople(work.statusesUpTo(user.alliance(), day), day);
  }

  private static FidelityReview find(List<FidelityReview> all, UUID id) {
    return all.stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Fidelity review"));
  }
}
