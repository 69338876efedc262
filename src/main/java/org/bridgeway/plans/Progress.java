package org.bridgeway.plans;

/**
 * How far a goal has come, in four plain steps rather than a score from 0 to 10. The person marks their own
 * progress as often as their worker does, and words they would use themselves ("some progress") are easier to
 * choose, and to agree on, than a number whose steps mean different things to different people; "achieved" is a
 * step of its own, not just the top of a scale, so a goal reached is plainly reached.
 */
public enum Progress {
  NOT_STARTED("Not started"),
  SOME_PROGRESS("Some progress"),
  GOOD_PROGRESS("Good progress"),
  ACHIEVED("Achieved");

  private final String label;

  Progress(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
