package org.bridgeway.work;

/** What an employer contact was for. */
public enum EmployerContactKind {
  FIRST_MEETING("First meeting"),
  FOLLOW_UP("Follow-up"),
  JOB_DEVELOPMENT("Job development"),
  ON_BEHALF_OF_PERSON("On behalf of a person");

  private final String label;

  EmployerContactKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
