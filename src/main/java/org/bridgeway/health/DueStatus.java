package org.bridgeway.health;

/** Where a person's next check stands today. */
public enum DueStatus {
  OVERDUE("Overdue"),
  DUE("Due soon"),
  NOT_DUE("Not due yet");

  private final String label;

  DueStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
