package org.bridgeway.referrals;

import org.bridgeway.shared.Refused;

/** A referral was asked to move where its current state does not allow; nothing changed. */
public class ReferralMoveRefused extends Refused {

  public ReferralMoveRefused(ReferralStatus from, ReferralStatus to) {
    super("status", "A referral that is " + from.label().toLowerCase() + " cannot be moved to "
        + to.label().toLowerCase() + ". Nothing has been changed.");
  }
}
