package org.bridgeway.access;

/** The roles a sign-in account can hold. Each account holds exactly one. */
public enum Role {
  INSTALLATION_ADMIN("Installation administrator"),
  ADMIN("Alliance administrator"),
  MANAGER("Service manager"),
  PRACTITIONER("Practitioner"),
  PANEL_MEMBER("Referrals panel member"),
  COMMISSIONER("Commissioner"),
  PERSON("Person who uses services");

  /** Roles whose holders work with people's records. */
  public static final String[] RECORD_ROLES = {"ADMIN", "MANAGER", "PRACTITIONER", "PANEL_MEMBER"};

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String authority() {
    return "ROLE_" + name();
  }

  /** Roles an alliance administrator may give; the installation role is never given inside an alliance. */
  public boolean allianceRole() {
    return this != INSTALLATION_ADMIN;
  }

  public boolean worksWithRecords() {
    return this == ADMIN || this == MANAGER || this == PRACTITIONER || this == PANEL_MEMBER;
  }
}
