package org.bridgeway.health;

/** How the person answered an intervention offered. */
public enum Response {
  OFFERED("Offered"),
  ACCEPTED("Accepted"),
  DECLINED("Declined");

  private final String label;

  Response(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
