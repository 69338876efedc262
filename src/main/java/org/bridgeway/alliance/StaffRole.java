package org.bridgeway.alliance;

/** The work a member of staff does. Peer workers are lived-experience roles by definition. */
public enum StaffRole {
  SUPPORT_WORKER("Support worker"),
  NURSE("Nurse"),
  SOCIAL_WORKER("Social worker"),
  OCCUPATIONAL_THERAPIST("Occupational therapist"),
  PSYCHIATRIST("Psychiatrist"),
  PSYCHOLOGIST("Psychologist"),
  PEER_WORKER("Peer support worker"),
  EMPLOYMENT_SPECIALIST("Employment specialist"),
  MANAGER("Manager"),
  ADMINISTRATOR("Administrator"),
  OTHER("Other");

  private final String label;

  StaffRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
