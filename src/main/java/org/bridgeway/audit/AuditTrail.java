package org.bridgeway.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.bridgeway.shared.Paged;
import org.bridgeway.access.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit trail. A record joins the caller's transaction, so a change and its audit line
 * are saved together or not at all.
 */
@Service
public class AuditTrail {

  private final JdbcClient jdbc;

  AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public void record(CurrentUser user, UUID allianceId, AuditAction action, String subjectType,
      @Nullable Object subjectId, @Nullable UUID personId, @Nullable String detail) {
    jdbc.sql("""
            insert into audit_event (alliance_id, actor, actor_role, action, subject_type, subject_id, person_id,
                                     detail, source_ip)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(allianceId, user.username(), user.role().name(), action.name(), subjectType,
            subjectId == null ? null : subjectId.toString(), personId, detail, sourceAddress())
        .update();
  }

  /** Records an action on a person's record in the user's own alliance. */
  public void recordPerson(CurrentUser user, AuditAction action, UUID personId, @Nullable String detail) {
    record(user, user.alliance(), action, "Person", personId, personId, detail);
  }

  public Paged<AuditEntry> page(UUID allianceId, @Nullable UUID personId, int page, int size) {
    String where = personId == null ? "alliance_id = :alliance" : "alliance_id = :alliance and person_id = :person";
    long total = jdbc.sql("select count(*) from audit_event where " + where)
        .param("alliance", allianceId).param("person", personId).query(Long.class).single();
    List<AuditEntry> entries = jdbc.sql("select * from audit_event where " + where
            + " order by id desc limit :size offset :offset")
        .param("alliance", allianceId).param("person", personId)
        .param("size", size).param("offset", (long) page * size)
        .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
            rs.getString("actor"), rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")),
            rs.getString("subject_type"), rs.getString("subject_id"), rs.getObject("person_id", UUID.class),
            rs.getString("detail"), rs.getString("source_ip")))
        .list();
    return new Paged<>(entries, page, size, total);
  }

  /**
   * Recomputes every hash of the alliance's trail: true when no row was altered, removed or reordered since it
   * was written, and the newest row is still the one the chain head last recorded (so rows removed from the end
   * are noticed too). It reads the whole trail, so it runs when someone asks for it, not on every view.
   */
  public boolean intact(UUID allianceId) {
    long broken = jdbc.sql("""
            select count(*) from (
              select e.hash, e.previous_hash, audit_hash(e.previous_hash, e) as recomputed,
                     lag(e.hash, 1, repeat('0', 64)) over (order by e.id) as expected_previous
              from audit_event e where e.alliance_id = ?) chain
            where hash <> recomputed or previous_hash <> expected_previous""")
        .param(allianceId).query(Long.class).single();
    boolean headMatches = jdbc.sql("""
            select coalesce((select e.hash from audit_event e where e.alliance_id = :alliance
                             order by e.id desc limit 1), repeat('0', 64))
                 = coalesce((select h.last_hash from audit_chain_head h where h.alliance_id = :alliance),
                            repeat('0', 64))""")
        .param("alliance", allianceId).query(Boolean.class).single();
    return broken == 0 && headMatches;
  }

  private static @Nullable String sourceAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
