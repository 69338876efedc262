package org.bridgeway.governance;

import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.Localities;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.governance.internal.InitiativeStore;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alliance's improvement initiatives and pilots, with milestones by year and outcomes in words and numbers.
 * Managers and administrators record and change them; commissioners and practitioners read them. A change from a
 * stale copy is refused; initiatives, milestones and measures are voided with a reason, never deleted; every
 * change is audited.
 */
@Service
public class Initiatives {

  public static final int PAGE_SIZE = 20;

  private final InitiativeStore store;
  private final Localities localities;
  private final AuditTrail audit;

  Initiatives(InitiativeStore store, Localities localities, AuditTrail audit) {
    this.store = store;
    this.localities = localities;
    this.audit = audit;
  }

  public static boolean mayRead(CurrentUser user) {
    return mayChange(user) || user.role() == Role.PRACTITIONER || user.role() == Role.COMMISSIONER;
  }

  public static boolean mayChange(CurrentUser user) {
    return user.role() == Role.ADMIN || user.role() == Role.MANAGER;
  }

  @Transactional(readOnly = true)
  public Paged<Initiative> find(CurrentUser user, int page) {
    requireRead(user);
    return store.find(user.alliance(), Math.max(0, page), PAGE_SIZE);
  }

  @Transactional(readOnly = true)
  public Initiative get(CurrentUser user, UUID id) {
    requireRead(user);
    return store.get(user.alliance(), id).orElseThrow(() -> new RecordNotFound("Initiative"));
  }

  @Transactional
  public UUID add(CurrentUser user, InitiativeDetails details) {
    requireChange(user);
    checked(user, details);
    UUID id = UUID.randomUUID();
    store.insert(user.alliance(), id, details, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "Initiative", id, null, details.title().trim());
    return id;
  }

  /** Adds an initiative with its milestones and measures together, or nothing if any of them breaks the rules. */
  @Transactional
  public UUID add(CurrentUser user, InitiativeDetails details, List<NewMilestone> milestones,
      List<NewMeasure> measures) {
    UUID id = add(user, details);
    milestones.forEach(m -> addMilestone(user, id, m));
    measures.forEach(m -> addMeasure(user, id, m));
    return id;
  }

  @Transactional
  public void change(CurrentUser user, UUID id, int version, InitiativeDetails details) {
    requireChange(user);
    Initiative initiative = standing(user, id);
    checked(user, details);
    if (initiative.version() != version || !store.change(user.alliance(), id, version, details, user.username())) {
      throw new EditConflict("initiative");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Initiative", id, null, details.title().trim());
  }

  @Transactional
  public void voidInitiative(CurrentUser user, UUID id, int version, @Nullable String reason) {
    requireChange(user);
    standing(user, id);
    String why = Forum.reason(reason);
    if (!store.voidInitiative(user.alliance(), id, version, why, user.displayName())) {
      throw new EditConflict("initiative");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "Initiative", id, null, why);
  }

  @Transactional
  public UUID addMilestone(CurrentUser user, UUID initiative, NewMilestone milestone) {
    requireChange(user);
    standing(user, initiative);
    Forum.checked(milestone.problems());
    UUID id = UUID.randomUUID();
    store.insertMilestone(user.alliance(), initiative, id, milestone, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "InitiativeMilestone", id, null,
        milestone.year() + ": " + milestone.text().trim());
    return id;
  }

  /** Marks a milestone done or not done; refused if someone changed it since the version read. */
  @Transactional
  public void markMilestone(CurrentUser user, UUID initiative, UUID id, int version, boolean done) {
    requireChange(user);
    standing(user, initiative);
    if (!store.markMilestone(user.alliance(), initiative, id, version, done)) {
      throw new EditConflict("milestone");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "InitiativeMilestone", id, null,
        done ? "Done" : "Not done");
  }

  @Transactional
  public void voidMilestone(CurrentUser user, UUID initiative, UUID id, @Nullable String reason) {
    requireChange(user);
    standing(user, initiative);
    String why = Forum.reason(reason);
    if (!store.voidMilestone(user.alliance(), initiative, id, why, user.displayName())) {
      throw new RecordNotFound("Milestone");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "InitiativeMilestone", id, null, why);
  }

  @Transactional
  public UUID addMeasure(CurrentUser user, UUID initiative, NewMeasure measure) {
    requireChange(user);
    standing(user, initiative);
    Forum.checked(measure.problems());
    UUID id = UUID.randomUUID();
    store.insertMeasure(user.alliance(), initiative, id, measure, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "InitiativeMeasure", id, null, measure.name().trim());
    return id;
  }

  @Transactional
  public void voidMeasure(CurrentUser user, UUID initiative, UUID id, @Nullable String reason) {
    requireChange(user);
    standing(user, initiative);
    String why = Forum.reason(reason);
    if (!store.voidMeasure(user.alliance(), initiative, id, why, user.displayName())) {
      throw new RecordNotFound("Outcome measure");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "InitiativeMeasure", id, null, why);
  }

  private void checked(CurrentUser user, InitiativeDetails details) {
    Forum.checked(details.problems());
    if (details.localityId() != null && !localities.exists(user.alliance(), details.localityId())) {
      throw new Refused("localityId", "Select a locality from the list");
    }
  }

  private Initiative standing(CurrentUser user, UUID id) {
    Initiative initiative = get(user, id);
    if (initiative.voided()) {
      throw new Refused("reason", "This initiative was voided, so it cannot be changed");
    }
    return initiative;
  }

  private static void requireRead(CurrentUser user) {
    if (!mayRead(user)) {
      throw new AccessDenied("initiative");
    }
  }

  private static void requireChange(CurrentUser user) {
    if (!mayChange(user)) {
      throw new AccessDenied("initiative for changing");
    }
  }
}
