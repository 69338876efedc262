package org.bridgeway.alliance;

/** The sector a partner organisation belongs to. */
public enum Sector {
  NHS("NHS"),
  LOCAL_AUTHORITY("Local authority"),
  COMMISSIONER("Commissioner"),
  VOLUNTARY("Voluntary sector"),
  PRIVATE("Private sector");

  private final String label;

  Sector(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
