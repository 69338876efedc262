package org.bridgeway.referrals;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.referrals.internal.DeclineReasonStore;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving side's first look at a referral: accept it for the panel, ask the referrer for more
 * information (and take their answer), signpost elsewhere or decline with a reason, or re-open a closed one
 * with a reason. Each step is a version-checked {@link Referrals#move} by someone who may see the referral, so
 * it is on the timeline and the audit trail. Allocation and waiting lists are the panel's to decide.
 */
@Service
public class Triage {

  private final Referrals referrals;
  private final ReferralLists lists;
  private final DeclineReasons declineReasons;
  private final DeclineReasonStore declineStore;

  Triage(Referrals referrals, ReferralLists lists, DeclineReasons declineReasons, DeclineReasonStore declineStore) {
    this.referrals = referrals;
    this.lists = lists;
    this.declineReasons = declineReasons;
    this.declineStore = declineStore;
  }

  @Transactional
  public Referral acceptForPanel(CurrentUser user, UUID id, int version, @Nullable String note) {
    return move(user, id, version, ReferralStatus.AWAITING_PANEL, note, "ACCEPTED_FOR_PANEL");
  }

  @Transactional
  public Referral askForMoreInformation(CurrentUser user, UUID id, int version, String question) {
    return move(user, id, version, ReferralStatus.MORE_INFORMATION_REQUESTED, question,
        "MORE_INFORMATION_REQUESTED");
  }

  /** The referrer's answer to the question asked; the referral is back to received, the answer on its timeline. */
  @Transactional
  public Referral answer(CurrentUser user, UUID id, int version, String answer) {
    if (answer == null || answer.isBlank()) {
      throw new Refused("reason", "Enter your answer to the question");
    }
    return move(user, id, version, ReferralStatus.RECEIVED, answer, "ANSWERED");
  }

  @Transactional
  public Referral signpost(CurrentUser user, UUID id, int version, String where) {
    return move(user, id, version, ReferralStatus.SIGNPOSTED, where, "SIGNPOSTED");
  }

  /** Declines with one of the alliance's reasons, and in free text anything the referrer should know. */
  @Transactional
  public Referral decline(CurrentUser user, UUID id, int version, @Nullable UUID reasonId, @Nullable String detail) {
    if (reasonId == null) {
      throw new Refused("declineReasonId", "Select the reason for declining");
    }
    DeclineReason reason = declineReasons.get(user.alliance(), reasonId);
    if (!reason.active()) {
      throw new Refused("declineReasonId", "That reason is no longer offered; select another");
    }
    String words = detail == null || detail.isBlank() ? reason.label() : reason.label() + ". " + detail.trim();
    Referral declined = move(user, id, version, ReferralStatus.DECLINED, words, "DECLINED");
    declineStore.recordOn(user.alliance(), id, reasonId);
    return declined;
  }

  @Transactional
  public Referral reopen(CurrentUser user, UUID id, int version, String why) {
    return move(user, id, version, ReferralStatus.RECEIVED, why, "REOPENED");
  }

  /** Any triage move by its target, as the API asks for it; the timeline names the step. */
  @Transactional
  public Referral move(CurrentUser user, UUID id, int version, ReferralStatus target, @Nullable String reason) {
    if (target == ReferralStatus.ALLOCATED || target == ReferralStatus.WAITING_LIST) {
      throw new Refused("target", "Allocations and waiting lists are decided by the panel");
    }
    ReferralStatus from = referrals.find(user, id).status();
    String kind = switch (target) {
      case AWAITING_PANEL -> "ACCEPTED_FOR_PANEL";
      case RECEIVED -> from == ReferralStatus.MORE_INFORMATION_REQUESTED ? "ANSWERED" : "REOPENED";
      default -> target.name();
    };
    return move(user, id, version, target, reason, kind);
  }

  @Transactional
  public void recordFirstContact(CurrentUser user, UUID id, int version, LocalDate on) {
    lists.visible(user, id);
    referrals.recordFirstContact(user, id, version, on);
  }

  private Referral move(CurrentUser user, UUID id, int version, ReferralStatus target, @Nullable String reason,
      String kind) {
    if (reason != null && reason.length() > 4000) {
      throw new Refused("reason", "Enter 4000 characters or fewer");
    }
    lists.visible(user, id);
    return referrals.move(user, id, version, target, reason, kind);
  }
}
