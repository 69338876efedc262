package org.bridgeway.reports;

import org.bridgeway.access.CurrentUser;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.shared.AccessDenied;

/** Who sees the reports: those who see the alliance figures ({@link AllianceFigures#maySee}), and no one else. */
final class ReportAccess {

  private ReportAccess() {}

  /** Refuses anyone who may not see the alliance figures, naming what they asked for. */
  static void require(CurrentUser user, String what) {
    if (!AllianceFigures.maySee(user)) {
      throw new AccessDenied(what);
    }
  }
}
