package org.bridgeway.health;

/** What happened to an element of a check: a value recorded, or not, with a reason. */
public enum Outcome {
  RECORDED("Recorded"),
  DECLINED("Declined"),
  NOT_DONE("Not done");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
