package org.bridgeway.pathway;

/** Why a stay ended. */
public enum EndReason {
  MOVED_ON("Moved on"),
  STEPPED_UP("Stepped up"),
  ADMITTED_TO_HOSPITAL("Admitted to hospital"),
  RETURNED_HOME("Returned home"),
  MOVED_OUT_OF_AREA("Moved out of area"),
  DIED("Died"),
  OTHER("Other");

  private final String label;

  EndReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
