package org.bridgeway.dayservices;

/** What kind of session a day service runs. */
public enum SessionKind {
  DROP_IN("Drop-in"),
  GROUP("Group"),
  THERAPEUTIC_GROUP("Therapeutic group"),
  WORKSHOP("Workshop"),
  EXHIBITION("Exhibition"),
  COMMUNITY_EVENT("Community event");

  private final String label;

  SessionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
