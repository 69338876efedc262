package org.bridgeway.pathway;

import org.bridgeway.alliance.ServiceKind;

/**
 * Which stays of one person may overlap. Settings on the ladder are exclusive: a person lives in one at a time.
 * Floating support is the exception: it is support in one's own home, so it may overlap a tenancy (supported
 * living) or the person's own home. A hospital admission or a crisis alternative overlaps the person's setting on
 * the ladder (they keep their home or place while away) but not another admission. Teams and day services are
 * not on the ladder and overlap anything.
 */
public final class OverlapPolicy {

  private OverlapPolicy() {}

  public static boolean mayOverlap(ServiceKind one, ServiceKind other) {
    if (one.hospital() && other.hospital()) {
      return false;
    }
    if (!one.onLadder() || !other.onLadder()) {
      return true;
    }
    return floatingSupportAtHome(one, other) || floatingSupportAtHome(other, one);
  }

  private static boolean floatingSupportAtHome(ServiceKind support, ServiceKind home) {
    return support == ServiceKind.FLOATING_SUPPORT
        && (home == ServiceKind.SUPPORTED_LIVING || home == ServiceKind.OWN_HOME);
  }
}
