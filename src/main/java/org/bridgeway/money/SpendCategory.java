package org.bridgeway.money;

/** What a spend from a personal budget was for; a fixed list, so spends add up by category. */
public enum SpendCategory {
  PERSONAL_CARE("Personal care"),
  DAY_ACTIVITIES("Day activities"),
  TRANSPORT("Transport"),
  EQUIPMENT("Equipment"),
  LEISURE("Leisure"),
  OTHER("Other");

  private final String label;

  SpendCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
