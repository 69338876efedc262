package org.bridgeway.audit;

/** What was done to the data. */
public enum AuditAction {
  VIEW("Looked at"),
  SEARCH("Searched"),
  CREATE("Added"),
  UPDATE("Changed"),
  VOID("Voided"),
  EXPORT("Downloaded"),
  DENIED("Refused access to");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
