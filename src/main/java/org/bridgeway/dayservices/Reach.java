package org.bridgeway.dayservices;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The reach of the day services on a day, for the whole alliance or for one service (never for one worker's
 * caseload): people registered that day, regular attenders that day, and people using two or more services in
 * the 56 days ending that day. Each figure counts people, never head counts.
 *
 * @param serviceName the service counted, or none for every service of the alliance
 */
public record Reach(@Nullable String serviceName, LocalDate day, int registered, int regularAttenders,
    int usingSeveralServices) {

  /** The days of the period in which multi-service use is counted: the 56 days ending on the day. */
  public static final int SEVERAL_SERVICES_DAYS = 56;

  public LocalDate severalServicesFrom() {
    return day.minusDays(SEVERAL_SERVICES_DAYS - 1);
  }
}
