package org.bridgeway.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.referrals.internal.ReferralStore;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Making and moving referrals. Each move is checked by {@link Referral#move}, saved only if nobody else
 * moved the referral first, written to the referral's timeline and to the audit trail, all in one
 * transaction.
 */
@Service
public class Referrals {

  private final ReferralStore store;
  private final AuditTrail audit;
  private final Clock clock;
  private final Partners partners;

  Referrals(ReferralStore store, AuditTrail audit, Clock clock, Partners partners) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
    this.partners = partners;
  }

  @Transactional
  public UUID refer(CurrentUser user, NewReferral referral) {
    List<FieldProblem> problems = new java.util.ArrayList<>(referral.problems(LocalDate.now(clock)));
    problems.addAll(partners.problems(user.alliance(), referral));
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    UUID id = UUID.randomUUID();
    store.insert(user.alliance(), id, referral, user.username());
    store.event(user.alliance(), id, user.username(), "REFERRED", null, ReferralStatus.RECEIVED,
        "Referral received from " + referral.referrerName().trim());
    audit.record(user, user.alliance(), AuditAction.CREATE, "Referral", id, referral.personId(), null);
    return id;
  }

  /** Reads a referral; the read is audited. Visibility rules are applied by the caller's access policy. */
  @Transactional
  public Referral read(CurrentUser user, UUID id) {
    Referral referral = find(user, id);
    audit.record(user, user.alliance(), AuditAction.VIEW, "Referral", id, referral.personId(), null);
    return referral;
  }

  Referral find(CurrentUser user, UUID id) {
    return store.find(user.alliance(), id).orElseThrow(() -> new RecordNotFound("Referral"));
  }

  /**
   * Moves a referral to another state with a reason, as triage or the panel decides. A decision (allocated,
   * waiting list, signposted, declined) sets the decision date the first time one is made.
   */
  @Transactional
  public Referral move(CurrentUser user, UUID id, int version, ReferralStatus target, @Nullable String reason,
      String kind) {
    Referral referral = find(user, id);
    ReferralStatus from = referral.status();
    referral.move(target, reason);
    LocalDate decidedOn = target.decided() && referral.decidedOn() == null ? LocalDate.now(clock) : null;
    if (referral.version() != version
        || !store.move(user.alliance(), id, version, target, reason == null ? null : reason.trim(), decidedOn)) {
      throw new EditConflict("referral");
    }
    store.event(user.alliance(), id, user.username(), kind, from, target, reason == null ? null : reason.trim());
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Referral", id, referral.personId(),
        from.name() + " -> " + target.name());
    return find(user, id);
  }

  /** Records the first contact with the person after the decision. */
  @Transactional
  public void recordFirstContact(CurrentUser user, UUID id, int version, LocalDate on) {
    Referral referral = find(user, id);
    if (referral.status() != ReferralStatus.ALLOCATED && referral.status() != ReferralStatus.WAITING_LIST) {
      throw new org.bridgeway.shared.Refused("firstContactOn",
          "First contact can be recorded only once the referral is allocated or on a waiting list");
    }
    if (referral.decidedOn() != null && on.isBefore(referral.decidedOn())) {
      throw new org.bridgeway.shared.Refused("firstContactOn", "First contact cannot be before the decision");
    }
    if (on.isAfter(LocalDate.now(clock))) {
      throw new org.bridgeway.shared.Refused("firstContactOn", "First contact must be today or in the past");
    }
    if (referral.version() != version || !store.recordFirstContact(user.alliance(), id, version, on)) {
      throw new EditConflict("referral");
    }
    store.event(user.alliance(), id, user.username(), "FIRST_CONTACT", null, null, "First contact on " + on);
    audit.record(user, user.alliance(), AuditAction.UPDATE, "Referral", id, referral.personId(), "First contact");
  }
}
