package org.bridgeway.pathway;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.jspecify.annotations.Nullable;

/**
 * A stay as it is saved, with its service's name, kind and intended length, and the kind's level on the
 * alliance's ladder (null for hospital and crisis services, teams and day services, which sit beside it). It
 * covers the days from its start date up to the day before its end date; with no end date it is open.
 */
public record Stay(
    UUID id,
    UUID personId,
    UUID serviceId,
    String serviceName,
    ServiceKind serviceKind,
    @Nullable Integer ladderLevel,
    boolean outOfArea,
    @Nullable Integer intendedStayMinDays,
    @Nullable Integer intendedStayMaxDays,
    LocalDate startDate,
    @Nullable LocalDate plannedEndDate,
    @Nullable LocalDate endDate,
    @Nullable EndReason endReason,
    @Nullable String destination,
    @Nullable String capacityOverrideReason,
    String recordedBy,
    int version) {

  public boolean open() {
    return endDate == null;
  }

  /** The days the stay covers: to the day before its end, or, while open, up to and including today. */
  public long lengthInDays(LocalDate today) {
    LocalDate after = endDate != null ? endDate : today.plusDays(1);
    return Math.max(0, ChronoUnit.DAYS.between(startDate, after));
  }

  /** True when the stay covers the day. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(startDate) && (endDate == null || day.isBefore(endDate));
  }

  /** True when the two stays cover at least one day in common. */
  public boolean overlaps(LocalDate start, @Nullable LocalDate end) {
    boolean startsBeforeOtherEnds = end == null || startDate.isBefore(end);
    boolean otherStartsBeforeThisEnds = endDate == null || start.isBefore(endDate);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /** True when the stay has covered more days than its service's intended maximum. */
  public boolean overstaying(LocalDate today) {
    return intendedStayMaxDays != null && lengthInDays(today) > intendedStayMaxDays;
  }
}
