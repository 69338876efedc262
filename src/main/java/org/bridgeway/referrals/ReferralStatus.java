package org.bridgeway.referrals;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral is on its way. The moves allowed between states are listed here and nowhere else:
 * <ul>
 *   <li>received: accepted for the panel, asked for more information, signposted or declined;</li>
 *   <li>more information requested: back to received when answered, or signposted or declined;</li>
 *   <li>awaiting panel: allocated, put on a waiting list, signposted or declined (a deferral keeps it
 *       awaiting the next panel);</li>
 *   <li>waiting list: allocated when a place comes up, or signposted;</li>
 *   <li>signposted or declined: re-opened (back to received), only with a reason;</li>
 *   <li>allocated: the end of the referral's way; first contact is recorded on it.</li>
 * </ul>
 */
public enum ReferralStatus {
  RECEIVED("Received", "blue"),
  MORE_INFORMATION_REQUESTED("More information requested", "yellow"),
  AWAITING_PANEL("Awaiting panel", "purple"),
  WAITING_LIST("On a waiting list", "orange"),
  ALLOCATED("Allocated", "green"),
  SIGNPOSTED("Signposted elsewhere", "grey"),
  DECLINED("Declined", "red");

  private final String label;
  private final String colour;

  ReferralStatus(String label, String colour) {
    this.label = label;
    this.colour = colour;
  }

  public String label() {
    return label;
  }

  /** The NHS.UK tag colour for this status. */
  public String tagColour() {
    return colour;
  }

  public Set<ReferralStatus> next() {
    return switch (this) {
      case RECEIVED -> EnumSet.of(AWAITING_PANEL, MORE_INFORMATION_REQUESTED, SIGNPOSTED, DECLINED);
      case MORE_INFORMATION_REQUESTED -> EnumSet.of(RECEIVED, SIGNPOSTED, DECLINED);
      case AWAITING_PANEL -> EnumSet.of(ALLOCATED, WAITING_LIST, SIGNPOSTED, DECLINED);
      case WAITING_LIST -> EnumSet.of(ALLOCATED, SIGNPOSTED);
      case SIGNPOSTED, DECLINED -> EnumSet.of(RECEIVED);
      case ALLOCATED -> EnumSet.noneOf(ReferralStatus.class);
    };
  }

  public boolean canMoveTo(ReferralStatus target) {
    return next().contains(target);
  }

  /** Closed referrals can only be re-opened, with a reason. */
  public boolean closed() {
    return this == SIGNPOSTED || this == DECLINED;
  }

  /** A decision has been made on the referral: where it went, or why not. */
  public boolean decided() {
    return this == ALLOCATED || this == WAITING_LIST || this == SIGNPOSTED || this == DECLINED;
  }
}
