package org.bridgeway.community;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One of a person's connections with the community, as read. */
public record Connection(UUID id, UUID personId, @Nullable UUID resourceId, String resourceName, ResourceKind kind,
    LocalDate start, @Nullable LocalDate end, Progress progress, @Nullable String note, boolean addedByPerson,
    String recordedBy, int version) {

  /** Active from its start up to the day before its end. */
  public boolean activeOn(LocalDate day) {
    return !start.isAfter(day) && (end == null || end.isAfter(day));
  }
}
