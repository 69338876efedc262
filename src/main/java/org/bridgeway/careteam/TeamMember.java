package org.bridgeway.careteam;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One membership of a person's team, as saved. A membership covers the days from its start date up to the
 * day before its end date: a worker who leaves on 10 May is no longer on the team on 10 May.
 */
public record TeamMember(
    UUID id,
    UUID personId,
    UUID staffId,
    String staffName,
    UUID organisationId,
    String organisationName,
    TeamRole role,
    boolean keyWorker,
    LocalDate startDate,
    @Nullable LocalDate endDate,
    @Nullable String endReason,
    String addedBy,
    int version) {

  /** Not yet ended on the day: still on the team, or starting on a later day. */
  public boolean currentOn(LocalDate day) {
    return endDate == null || endDate.isAfter(day);
  }

  public boolean startsAfter(LocalDate day) {
    return startDate.isAfter(day);
  }
}
