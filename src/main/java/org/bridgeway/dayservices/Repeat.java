package org.bridgeway.dayservices;

/** How a session repeats: not at all, weekly on chosen weekdays, or monthly on the same day of the month. */
public enum Repeat {
  ONCE("Once only"),
  WEEKLY("Every week, on the days chosen"),
  MONTHLY("Every month, on the same date");

  private final String label;

  Repeat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
