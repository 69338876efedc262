package org.bridgeway.portal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The person's open plan to move: where to, the date aimed for, whether they are ready, and the visits so far. */
public record MoveAhead(String to, String kindOfPlace, @Nullable LocalDate targetDate, boolean ready,
    List<VisitSoFar> visits) {

  /** A "getting to know you" visit or meeting that took place, earliest first. */
  public record VisitSoFar(LocalDate date, String kind, @Nullable String withWhom) {}
}
