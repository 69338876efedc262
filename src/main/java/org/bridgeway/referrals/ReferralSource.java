package org.bridgeway.referrals;

/** Who the referral came from. */
public enum ReferralSource {
  GP("GP"),
  COMMUNITY_TEAM("Community mental health team"),
  WARD("Hospital ward"),
  FAMILY("Family or carer"),
  OTHER_AGENCY("Other agency"),
  PRACTITIONER("Alliance practitioner"),
  SELF("Self-referral");

  private final String label;

  ReferralSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
