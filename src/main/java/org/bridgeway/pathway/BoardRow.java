package org.bridgeway.pathway;

import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.jspecify.annotations.Nullable;

/**
 * One line of the capacity board: a service (or, with no service, the total of the lines above). Vacant now
 * is capacity minus occupied, never below 0; a service holding more people than its capacity shows 0 vacant
 * and how many it is over. Delayed moves are the people waiting to move in while it has no vacancy now, and the
 * longest delay is the most days any of them has waited since they were ready.
 */
public record BoardRow(
    @Nullable UUID serviceId,
    String name,
    @Nullable ServiceKind kind,
    @Nullable String organisationName,
    @Nullable String localityName,
    long capacity,
    String unit,
    long occupied,
    long vacantNow,
    long overCapacity,
    long expectedVacancies,
    long readyToMoveOut,
    long waitingToMoveIn,
    long delayedMoves,
    @Nullable Long longestDelayDays) {

  public boolean full() {
    return vacantNow == 0;
  }
}
