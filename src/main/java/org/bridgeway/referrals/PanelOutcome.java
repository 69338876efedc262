package org.bridgeway.referrals;

import org.jspecify.annotations.Nullable;

/** What the panel can decide for a referral, and where each decision moves it (a deferral moves it nowhere). */
public enum PanelOutcome {
  ALLOCATE("Allocate to one or more services", "Allocated", ReferralStatus.ALLOCATED),
  WAITING_LIST("Add to a service's waiting list", "Added to a waiting list", ReferralStatus.WAITING_LIST),
  SIGNPOST("Signpost elsewhere", "Signposted elsewhere", ReferralStatus.SIGNPOSTED),
  DECLINE("Decline", "Declined", ReferralStatus.DECLINED),
  DEFER("Defer to the next panel", "Deferred to the next panel", null);

  private final String label;
  private final String pastTense;
  private final @Nullable ReferralStatus target;

  PanelOutcome(String label, String pastTense, @Nullable ReferralStatus target) {
    this.label = label;
    this.pastTense = pastTense;
    this.target = target;
  }

  public String label() {
    return label;
  }

  public String pastTense() {
    return pastTense;
  }

  /** The state the referral moves to; empty for a deferral, which leaves it awaiting the next panel. */
  public @Nullable ReferralStatus target() {
    return target;
  }

  /** Allocations and waiting lists name the services they are for. */
  public boolean namesServices() {
    return this == ALLOCATE || this == WAITING_LIST;
  }
}
