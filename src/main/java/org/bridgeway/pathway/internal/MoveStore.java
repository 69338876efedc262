package org.bridgeway.pathway.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.pathway.Handover;
import org.bridgeway.pathway.MoveChanges;
import org.bridgeway.pathway.MoveDirection;
import org.bridgeway.pathway.MovePlan;
import org.bridgeway.pathway.MoveStatus;
import org.bridgeway.pathway.MoveVisit;
import org.bridgeway.pathway.NewMovePlan;
import org.bridgeway.pathway.NewMoveVisit;
import org.bridgeway.pathway.Readiness;
import org.bridgeway.pathway.VisitKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Move plans in table {@code move_plan} and their visits in {@code move_visit}. Reads join the stay and service
 * tables read-only for the names and kinds of the settings; the direction is worked out on the ladder given.
 * Writes that change a plan go through its version, so a stale one changes nothing.
 */
@Component
public class MoveStore {

  private static final String PLAN = """
      select mp.*, fs.name as from_name, fs.kind as from_kind, ts.name as to_name, ts.kind as to_kind
      from move_plan mp
      join service ts on ts.alliance_id = mp.alliance_id and ts.id = mp.to_service_id
      left join stay st on st.alliance_id = mp.alliance_id and st.id = mp.from_stay_id
      left join service fs on fs.alliance_id = st.alliance_id and fs.id = st.service_id
      """;

  private final JdbcClient jdbc;

  MoveStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The person's plans, newest first, each with its visits. */
  public List<MovePlan> ofPerson(UUID alliance, UUID person, Ladder ladder) {
    Map<UUID, List<MoveVisit>> visits = new HashMap<>();
    jdbc.sql("""
            select v.* from move_visit v join move_plan mp on mp.alliance_id = v.alliance_id and mp.id = v.move_plan_id
            where v.alliance_id = ? and mp.person_id = ? order by v.visit_date, v.recorded_at, v.id""")
        .params(alliance, person)
        .query(rs -> {
          visits.computeIfAbsent(rs.getObject("move_plan_id", UUID.class), k -> new ArrayList<>())
              .add(visit(rs));
        });
    return jdbc.sql(PLAN + " where mp.alliance_id = ? and mp.person_id = ? order by mp.recorded_at desc, mp.id")
        .params(alliance, person)
        .query((rs, n) -> plan(rs, ladder, visits.getOrDefault(rs.getObject("id", UUID.class), List.of())))
        .list();
  }

  public Optional<MovePlan> find(UUID alliance, UUID person, UUID id, Ladder ladder) {
    List<MoveVisit> visits = jdbc.sql("""
            select * from move_visit where alliance_id = ? and move_plan_id = ?
            order by visit_date, recorded_at, id""")
        .params(alliance, id).query((rs, n) -> visit(rs)).list();
    return jdbc.sql(PLAN + " where mp.alliance_id = ? and mp.person_id = ? and mp.id = ?")
        .params(alliance, person, id).query((rs, n) -> plan(rs, ladder, visits)).optional();
  }

  /** The person's open plan, if they have one. */
  public Optional<UUID> openPlan(UUID alliance, UUID person) {
    return jdbc.sql("""
            select id from move_plan where alliance_id = ? and person_id = ? and status = 'PLANNED'
            order by recorded_at limit 1""")
        .params(alliance, person).query(UUID.class).optional();
  }

  /** Holds a lock on the person's move plans until the transaction ends, so two plans are made one at a time. */
  public void lock(UUID alliance, UUID person) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
        .param(alliance + "/moves/" + person).query((rs, n) -> 0).list();
  }

  public void insert(UUID alliance, UUID id, UUID person, NewMovePlan plan, String by) {
    jdbc.sql("""
            insert into move_plan (alliance_id, id, person_id, from_stay_id, to_service_id, target_date, readiness,
                                   ready_since, decided_by, recorded_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, person, plan.fromStayId(), plan.toServiceId(), plan.targetDate(),
            plan.readiness().name(), plan.readyDay(), plan.decider(), by)
        .update();
  }

  /** Saves the changes if nobody changed the open plan since the version given; false if somebody did. */
  public boolean change(UUID alliance, UUID id, int version, MoveChanges changes) {
    Handover handover = changes.handover();
    return jdbc.sql("""
            update move_plan set target_date = ?, readiness = ?, ready_since = ?, decided_by = ?,
                   handover_plan_shared = ?, handover_on = ?, handover_strengths = ?, handover_notes = ?,
                   version = version + 1
            where alliance_id = ? and id = ? and version = ? and status = 'PLANNED'""")
        .params(changes.targetDate(), changes.readiness().name(), changes.readyDay(), changes.decider(),
            handover.planShared(), handover.sharedOn(), handover.strengths(), handover.notes(), alliance, id, version)
        .update() == 1;
  }

  public boolean complete(UUID alliance, UUID id, int version, LocalDate movedOn, UUID newStay) {
    return jdbc.sql("""
            update move_plan set status = 'COMPLETED', moved_on = ?, new_stay_id = ?, version = version + 1
            where alliance_id = ? and id = ? and version = ? and status = 'PLANNED'""")
        .params(movedOn, newStay, alliance, id, version).update() == 1;
  }

  public boolean cancel(UUID alliance, UUID id, int version, String reason) {
    return jdbc.sql("""
            update move_plan set status = 'CANCELLED', cancel_reason = ?, version = version + 1
            where alliance_id = ? and id = ? and version = ? and status = 'PLANNED'""")
        .params(reason, alliance, id, version).update() == 1;
  }

  public void addVisit(UUID alliance, UUID id, UUID plan, NewMoveVisit visit, String by) {
    jdbc.sql("""
            insert into move_visit (alliance_id, id, move_plan_id, visit_date, kind, with_whom, notes, recorded_by)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, plan, visit.visitDate(), visit.kind().name(), text(visit.withWhom()),
            text(visit.notes()), by)
        .update();
  }

  /** Voids the visit unless it is voided already; false if it was. */
  public boolean voidVisit(UUID alliance, UUID plan, UUID visit, String reason, String by) {
    return jdbc.sql("""
            update move_visit set voided_by = ?, voided_at = now(), void_reason = ?
            where alliance_id = ? and move_plan_id = ? and id = ? and voided_at is null""")
        .params(by, reason, alliance, plan, visit).update() == 1;
  }

  private static MovePlan plan(ResultSet rs, Ladder ladder, List<MoveVisit> visits) throws SQLException {
    String fromKind = rs.getString("from_kind");
    ServiceKind from = fromKind == null ? null : ServiceKind.valueOf(fromKind);
    ServiceKind to = ServiceKind.valueOf(rs.getString("to_kind"));
    return new MovePlan(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        rs.getObject("from_stay_id", UUID.class), rs.getString("from_name"), from,
        rs.getObject("to_service_id", UUID.class), rs.getString("to_name"), to, MoveDirection.of(ladder, from, to),
        rs.getObject("target_date", LocalDate.class), Readiness.valueOf(rs.getString("readiness")),
        rs.getObject("ready_since", LocalDate.class), rs.getString("decided_by"),
        MoveStatus.valueOf(rs.getString("status")), rs.getObject("moved_on", LocalDate.class),
        rs.getObject("new_stay_id", UUID.class), rs.getString("cancel_reason"),
        new Handover(rs.getBoolean("handover_plan_shared"), rs.getObject("handover_on", LocalDate.class),
            rs.getString("handover_strengths"), rs.getString("handover_notes")),
        rs.getString("recorded_by"), instant(rs, "recorded_at"), rs.getInt("version"), List.copyOf(visits));
  }

  private static MoveVisit visit(ResultSet rs) throws SQLException {
    return new MoveVisit(rs.getObject("id", UUID.class), rs.getObject("visit_date", LocalDate.class),
        VisitKind.valueOf(rs.getString("kind")), rs.getString("with_whom"), rs.getString("notes"),
        rs.getString("recorded_by"), instant(rs, "recorded_at"), rs.getString("voided_by"),
        rs.getTimestamp("voided_at") == null ? null : instant(rs, "voided_at"), rs.getString("void_reason"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at.toInstant();
  }

  private static @Nullable String text(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
