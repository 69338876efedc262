package org.bridgeway.pathway;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.jspecify.annotations.Nullable;

/**
 * What the capacity board is asked for: the day, how many weeks to look ahead (1 to 52), and optionally only
 * the services of one organisation, one locality or one kind.
 */
public record BoardFilter(
    LocalDate day,
    int weeks,
    @Nullable UUID organisationId,
    @Nullable UUID localityId,
    @Nullable ServiceKind kind) {

  public static final int DEFAULT_WEEKS = 8;
  public static final int MAX_WEEKS = 52;

  /** The last day of the look-ahead: the day plus 7 days for each week. */
  public LocalDate until() {
    return day.plusDays(7L * weeks);
  }

  public boolean filtered() {
    return organisationId != null || localityId != null || kind != null;
  }
}
