package org.bridgeway.pathway;

/** Where a move plan is: planned (open), completed on the day of the move, or cancelled with a reason. */
public enum MoveStatus {
  PLANNED("Planned"),
  COMPLETED("Moved"),
  CANCELLED("Cancelled");

  private final String label;

  MoveStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
