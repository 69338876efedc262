package org.bridgeway.referrals;

import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.referrals.internal.DeclineReasonStore;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each alliance's own list of reasons for declining a referral. An alliance that has none yet is given the
 * {@link #DEFAULTS} the first time its list is read; the administrator adds reasons and deactivates those no
 * longer used (they stay on the referrals that gave them).
 */
@Service
public class DeclineReasons {

  public static final List<String> DEFAULTS = List.of("Does not meet the service's criteria",
      "Needs are better met elsewhere", "Person declined support", "Duplicate referral",
      "No capacity and no waiting list");

  private final DeclineReasonStore store;
  private final AuditTrail audit;

  DeclineReasons(DeclineReasonStore store, AuditTrail audit) {
    this.store = store;
    this.audit = audit;
  }

  /** Every reason, active first; the defaults are added if the alliance has none. */
  @Transactional
  public List<DeclineReason> all(UUID alliance) {
    List<DeclineReason> reasons = store.all(alliance);
    if (!reasons.isEmpty()) {
      return reasons;
    }
    DEFAULTS.forEach(label -> store.add(alliance, UUID.randomUUID(), label));
    return store.all(alliance);
  }

  @Transactional
  public List<DeclineReason> active(UUID alliance) {
    return all(alliance).stream().filter(DeclineReason::active).toList();
  }

  @Transactional
  public UUID add(CurrentUser user, String label) {
    if (label == null || label.isBlank()) {
      throw new Refused("label", "Enter the reason");
    }
    if (label.trim().length() > 200) {
      throw new Refused("label", "Enter the reason in 200 characters or fewer");
    }
    all(user.alliance());
    UUID id = UUID.randomUUID();
    if (!store.add(user.alliance(), id, label.trim())) {
      throw new Refused("label", "There is already a reason with those words");
    }
    audit.record(user, user.alliance(), AuditAction.CREATE, "DeclineReason", id, null, label.trim());
    return id;
  }

  /** Offers the reason again (true), or stops offering it (false). */
  @Transactional
  public void setActive(CurrentUser user, UUID id, boolean active) {
    if (!store.setActive(user.alliance(), id, active)) {
      throw new RecordNotFound("Decline reason");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "DeclineReason", id, null,
        active ? "Offered again" : "No longer offered");
  }

  DeclineReason get(UUID alliance, UUID id) {
    return store.find(alliance, id).orElseThrow(() -> new Refused("declineReasonId",
        "Select a reason from the list"));
  }
}
