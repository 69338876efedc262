package org.bridgeway.pathway;

/** The kinds of "getting to know you" contact with the receiving service before a move. */
public enum VisitKind {
  VISIT("Visit"),
  MEETING("Meeting"),
  MEAL("Shared meal"),
  OVERNIGHT_STAY("Overnight stay"),
  TASTER_DAY("Taster day"),
  OTHER("Other");

  private final String label;

  VisitKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
