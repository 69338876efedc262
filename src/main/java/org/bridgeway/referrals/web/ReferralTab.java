package org.bridgeway.referrals.web;

import java.util.Arrays;
import java.util.List;
import org.bridgeway.referrals.ReferralStatus;

/** The tabs of the referrals list, each a set of statuses. */
enum ReferralTab {
  RECEIVED("received", "Awaiting triage", List.of(ReferralStatus.RECEIVED)),
  MORE_INFORMATION("more-information", "More information requested",
      List.of(ReferralStatus.MORE_INFORMATION_REQUESTED)),
  AWAITING_PANEL("awaiting-panel", "Awaiting panel", List.of(ReferralStatus.AWAITING_PANEL)),
  WAITING_LIST("waiting-list", "On a waiting list", List.of(ReferralStatus.WAITING_LIST)),
  ALLOCATED("allocated", "Allocated", List.of(ReferralStatus.ALLOCATED)),
  CLOSED("closed", "Signposted or declined", List.of(ReferralStatus.SIGNPOSTED, ReferralStatus.DECLINED));

  private final String key;
  private final String label;
  private final List<ReferralStatus> statuses;

  ReferralTab(String key, String label, List<ReferralStatus> statuses) {
    this.key = key;
    this.label = label;
    this.statuses = statuses;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public List<ReferralStatus> statuses() {
    return statuses;
  }

  static ReferralTab of(String key) {
    return Arrays.stream(values()).filter(tab -> tab.key.equals(key)).findFirst().orElse(RECEIVED);
  }
}
