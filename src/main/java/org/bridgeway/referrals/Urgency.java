package org.bridgeway.referrals;

/** How soon a referral needs a decision; the panel's agenda takes the most urgent first. */
public enum Urgency {
  URGENT("Urgent", 1),
  SOON("Soon", 2),
  ROUTINE("Routine", 3);

  private final String label;
  private final int rank;

  Urgency(String label, int rank) {
    this.label = label;
    this.rank = rank;
  }

  public String label() {
    return label;
  }

  public int rank() {
    return rank;
  }
}
