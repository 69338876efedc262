package org.bridgeway.figures;

/** How the value compares with the baseline value. */
public enum Status {
  UP("Up"),
  DOWN("Down"),
  SAME("Same"),
  /** One side is missing, or small numbers are suppressed. */
  NOT_COMPARED("Not compared");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
