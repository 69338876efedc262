package org.bridgeway.pathway;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.jspecify.annotations.Nullable;

/**
 * A plan to move a person from a stay (if Bridgeway knows it) to a receiving service, as saved, with its
 * direction on the alliance's ladder and its "getting to know you" visits, earliest first. It is planned until
 * it is completed on the day of the move or cancelled with a reason.
 */
public record MovePlan(
    UUID id,
    UUID personId,
    @Nullable UUID fromStayId,
    @Nullable String fromServiceName,
    @Nullable ServiceKind fromServiceKind,
    UUID toServiceId,
    String toServiceName,
    ServiceKind toServiceKind,
    MoveDirection direction,
    @Nullable LocalDate targetDate,
    Readiness readiness,
    @Nullable LocalDate readySince,
    String decidedBy,
    MoveStatus status,
    @Nullable LocalDate movedOn,
    @Nullable UUID newStayId,
    @Nullable String cancelReason,
    Handover handover,
    String recordedBy,
    Instant recordedAt,
    int version,
    List<MoveVisit> visits) {

  public boolean open() {
    return status == MoveStatus.PLANNED;
  }

  /** Days from the day they were ready up to today, while the plan is open and they are ready; else null. */
  public @Nullable Long daysWaiting(LocalDate today) {
    return open() && readySince != null ? Math.max(0, ChronoUnit.DAYS.between(readySince, today)) : null;
  }

  /** Visits not voided. */
  public long visitsHeld() {
    return visits.stream().filter(v -> !v.voided()).count();
  }

  public String fromText() {
    return fromServiceName == null ? "Not on the pathway yet" : fromServiceName;
  }
}
