package org.bridgeway.pathway;

/** Whether the person is ready to move; a ready plan that has not happened yet is waiting. */
public enum Readiness {
  NOT_YET_READY("Not yet ready"),
  READY("Ready to move");

  private final String label;

  Readiness(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
