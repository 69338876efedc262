package org.bridgeway.health;

/** Alcohol use as a coded status, when the units a week are not known. */
public enum AlcoholStatus {
  NON_DRINKER("Does not drink"),
  WITHIN_GUIDELINES("Drinks within the guidelines (up to 14 units a week)"),
  ABOVE_GUIDELINES("Drinks more than 14 units a week");

  private final String label;

  AlcoholStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
