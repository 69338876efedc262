package org.bridgeway.alliance;

/** What a service's capacity counts. */
public enum CapacityUnit {
  BEDS("beds"),
  FLATS("flats"),
  PLACES("places");

  private final String label;

  CapacityUnit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
