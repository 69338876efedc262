package org.bridgeway.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral as read. Its moves are checked by {@link #move(ReferralStatus, String)}: only the moves that
 * {@link ReferralStatus#next()} allows, and a re-opening only with a reason.
 */
public record Referral(
    UUID id,
    UUID personId,
    String personName,
    ReferralSource source,
    String referrerName,
    @Nullable UUID referrerOrganisationId,
    @Nullable String referrerContact,
    String referredBy,
    LocalDate receivedOn,
    String reason,
    boolean panelToDecide,
    List<UUID> requestedServices,
    Urgency urgency,
    @Nullable String risks,
    boolean consentToShare,
    @Nullable String consentOverrideReason,
    @Nullable String attachments,
    ReferralStatus status,
    @Nullable String statusReason,
    @Nullable LocalDate decidedOn,
    @Nullable LocalDate firstContactOn,
    int version) {

  /** The state after a move, or a refusal saying why the move is not allowed. */
  public ReferralStatus move(ReferralStatus target, @Nullable String reason) {
    if (!status.canMoveTo(target)) {
      throw new ReferralMoveRefused(status, target);
    }
    boolean needsReason = status.closed() || target == ReferralStatus.SIGNPOSTED || target == ReferralStatus.DECLINED
        || target == ReferralStatus.MORE_INFORMATION_REQUESTED;
    if (needsReason && (reason == null || reason.isBlank())) {
      throw new org.bridgeway.shared.Refused("reason", status.closed()
          ? "Enter why the referral is being re-opened" : "Enter the reason, so the referrer knows why");
    }
    return target;
  }

  /** Whole days from receipt to decision, or empty while undecided. */
  public @Nullable Long daysToDecision() {
    return decidedOn == null ? null : java.time.temporal.ChronoUnit.DAYS.between(receivedOn, decidedOn);
  }

  /** Whole days from decision to first contact, or empty until both are known. */
  public @Nullable Long daysToFirstContact() {
    return decidedOn == null || firstContactOn == null ? null
        : java.time.temporal.ChronoUnit.DAYS.between(decidedOn, firstContactOn);
  }
}
