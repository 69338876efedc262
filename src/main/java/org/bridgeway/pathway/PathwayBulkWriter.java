package org.bridgeway.pathway;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.shared.CopyRows;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes many past stays, move plans and their visits at once with PostgreSQL's COPY, in chunks, for generators
 * and imports. Each row is checked by the rules the table holds (a stay ends with a reason and not before it
 * starts; a ready plan has a date it became ready; a completed plan has its move and new stay) and the first
 * broken row stops the write with its number, so the caller's transaction saves nothing. It does not check
 * overlaps or capacity, which span rows: the caller builds a history that keeps them. It writes no audit entry.
 */
@Component
public class PathwayBulkWriter {

  static final int CHUNK = 20_000;
  private static final Set<String> VISIT_KINDS = Set.of("VISIT", "MEETING", "MEAL", "OVERNIGHT_STAY", "TASTER_DAY",
      "OTHER");

  private static final String STAY_COPY = """
      copy stay (alliance_id, id, person_id, service_id, start_date, planned_end_date, end_date, end_reason,
        destination, recorded_by) from stdin""";
  private static final String PLAN_COPY = """
      copy move_plan (alliance_id, id, person_id, from_stay_id, to_service_id, target_date, readiness, ready_since,
        decided_by, status, moved_on, new_stay_id, cancel_reason, handover_plan_shared, handover_on,
        handover_strengths, handover_notes, recorded_by) from stdin""";
  private static final String VISIT_COPY = """
      copy move_visit (alliance_id, id, move_plan_id, visit_date, kind, with_whom, notes, recorded_by)
      from stdin""";

  private final DataSource dataSource;

  PathwayBulkWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A stay with its past: open while it has no end date. */
  public record PastStay(UUID id, UUID personId, UUID serviceId, LocalDate startDate,
      @Nullable LocalDate plannedEndDate, @Nullable LocalDate endDate, @Nullable EndReason endReason,
      @Nullable String destination) {}

  /**
   * A move plan: {@code ready} with the day it became ready; {@code movedOn} and {@code newStayId} when it was
   * completed, {@code cancelReason} when cancelled, neither while it is planned.
   */
  public record PastMovePlan(UUID id, UUID personId, @Nullable UUID fromStayId, UUID toServiceId,
      @Nullable LocalDate targetDate, @Nullable LocalDate readySince, String decidedBy, @Nullable LocalDate movedOn,
      @Nullable UUID newStayId, @Nullable String cancelReason, boolean handoverPlanShared,
      @Nullable LocalDate handoverOn, @Nullable String handoverStrengths, @Nullable String handoverNotes) {

    String readiness() {
      return readySince == null ? "NOT_YET_READY" : "READY";
    }

    String status() {
      return movedOn != null ? "COMPLETED" : cancelReason != null ? "CANCELLED" : "PLANNED";
    }
  }

  /** A "getting to know you" visit or meeting before a move; kind as in the table (VISIT, MEETING, MEAL, ...). */
  public record PastVisit(UUID id, UUID movePlanId, LocalDate visitDate, String kind, @Nullable String withWhom,
      @Nullable String notes) {}

  /** Writes the stays first, then the plans that refer to them, then the plans' visits. */
  public void write(UUID alliance, List<PastStay> stays, List<PastMovePlan> plans, List<PastVisit> visits,
      String by) {
    for (int from = 0; from < stays.size(); from += CHUNK) {
      CopyRows rows = new CopyRows();
      for (int i = from; i < Math.min(stays.size(), from + CHUNK); i++) {
        PastStay s = check(stays.get(i), i + 1);
        rows.row(alliance, s.id(), s.personId(), s.serviceId(), s.startDate(), s.plannedEndDate(), s.endDate(),
            s.endReason() == null ? null : s.endReason().name(), s.destination(), by);
      }
      rows.copy(dataSource, STAY_COPY);
    }
    for (int from = 0; from < plans.size(); from += CHUNK) {
      CopyRows rows = new CopyRows();
      for (int i = from; i < Math.min(plans.size(), from + CHUNK); i++) {
        PastMovePlan p = check(plans.get(i), i + 1);
        rows.row(alliance, p.id(), p.personId(), p.fromStayId(), p.toServiceId(), p.targetDate(), p.readiness(),
            p.readySince(), p.decidedBy(), p.status(), p.movedOn(), p.newStayId(), p.cancelReason(),
            p.handoverPlanShared(), p.handoverOn(), p.handoverStrengths(), p.handoverNotes(), by);
      }
      rows.copy(dataSource, PLAN_COPY);
    }
    for (int from = 0; from < visits.size(); from += CHUNK) {
      CopyRows rows = new CopyRows();
      for (int i = from; i < Math.min(visits.size(), from + CHUNK); i++) {
        PastVisit v = check(visits.get(i), i + 1);
        rows.row(alliance, v.id(), v.movePlanId(), v.visitDate(), v.kind(), v.withWhom(), v.notes(), by);
      }
      rows.copy(dataSource, VISIT_COPY);
    }
  }

  private static PastStay check(PastStay s, int row) {
    if (s.endDate() != null && s.endDate().isBefore(s.startDate())) {
      throw broken("Stay", row, "ends before it starts");
    }
    if (s.plannedEndDate() != null && s.plannedEndDate().isBefore(s.startDate())) {
      throw broken("Stay", row, "is planned to end before it starts");
    }
    if ((s.endDate() == null) != (s.endReason() == null)) {
      throw broken("Stay", row, "needs an end reason exactly when it has an end date");
    }
    return s;
  }

  private static PastMovePlan check(PastMovePlan p, int row) {
    if ((p.movedOn() == null) != (p.newStayId() == null)) {
      throw broken("Move plan", row, "needs the day of the move and the new stay together");
    }
    if (p.movedOn() != null && p.cancelReason() != null) {
      throw broken("Move plan", row, "cannot be both completed and cancelled");
    }
    if (p.decidedBy().isBlank()) {
      throw broken("Move plan", row, "needs who decides");
    }
    return p;
  }

  private static PastVisit check(PastVisit v, int row) {
    if (!VISIT_KINDS.contains(v.kind())) {
      throw broken("Visit", row, "has an unknown kind " + v.kind());
    }
    return v;
  }

  private static IllegalArgumentException broken(String what, int row, String why) {
    return new IllegalArgumentException(what + " " + row + " " + why);
  }
}
