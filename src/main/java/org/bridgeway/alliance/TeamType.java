package org.bridgeway.alliance;

/** Team types, with their MHSDS team type codes. */
public enum TeamType {
  D05("IPS service"),
  A09("Community rehabilitation service"),
  A01("Day care service"),
  A06("Community mental health team (functional)"),
  A08("Assertive outreach"),
  F06("Mental health and wellbeing hub"),
  ZZ("Other");

  private final String label;

  TeamType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String code() {
    return name();
  }
}
