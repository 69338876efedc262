package org.bridgeway.pathway;

import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.ServiceKind;
import org.jspecify.annotations.Nullable;

/**
 * Which way a move goes, read from the alliance's own ladder: to a less restrictive setting is a step down, to
 * a more restrictive one a step up. A move into a hospital ward or crisis alternative is "into hospital" (the
 * person keeps their home), from one back to a setting on the ladder "out of hospital", and a plan with no
 * setting to move from brings the person onto the pathway.
 */
public enum MoveDirection {
  STEP_DOWN("Step down"),
  STEP_UP("Step up"),
  SAME_LEVEL("Same level"),
  INTO_HOSPITAL("Into hospital"),
  OUT_OF_HOSPITAL("Out of hospital"),
  ONTO_THE_PATHWAY("Onto the pathway");

  private final String label;

  MoveDirection(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static MoveDirection of(Ladder ladder, @Nullable ServiceKind from, ServiceKind to) {
    if (from == null) {
      return ONTO_THE_PATHWAY;
    }
    if (to.hospital()) {
      return INTO_HOSPITAL;
    }
    if (from.hospital()) {
      return OUT_OF_HOSPITAL;
    }
    if (ladder.lessRestrictive(to, from)) {
      return STEP_DOWN;
    }
    if (ladder.moreRestrictive(to, from)) {
      return STEP_UP;
    }
    return SAME_LEVEL;
  }

  /**
   * Whether completing the move ends the stay it is from: always, except a move into hospital from a setting
   * on the ladder, which the person keeps while they are away.
   */
  public boolean endsStayIn(ServiceKind from) {
    return this != INTO_HOSPITAL || from.hospital();
  }

  /** Why the stay moved from ends: stepped up, admitted to hospital, or otherwise moved on. */
  public EndReason endReason() {
    return switch (this) {
      case STEP_UP -> EndReason.STEPPED_UP;
      case INTO_HOSPITAL -> EndReason.ADMITTED_TO_HOSPITAL;
      default -> EndReason.MOVED_ON;
    };
  }
}
