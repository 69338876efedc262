package org.bridgeway.work;

/** Why a job ended. */
public enum JobEndReason {
  RESIGNED("Resigned"),
  DISMISSED("Dismissed"),
  CONTRACT_ENDED("Contract ended"),
  BETTER_JOB("Left for a better job"),
  OTHER("Other");

  private final String label;

  JobEndReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
