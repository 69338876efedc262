package org.bridgeway.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.UUID;
import org.bridgeway.shared.Paged;
import org.bridgeway.access.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
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

  /** One thing an action was done to, for {@link #recordEach}. */
  public record Subject(@Nullable Object id, @Nullable UUID personId, @Nullable String detail) {}

  /**
   * Records the same action on many things at once, as {@link #record} would one by one, in statements of a few
   * thousand rows; for imports, which add many records in one transaction.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public void recordEach(CurrentUser user, UUID allianceId, AuditAction action, String subjectType,
      List<Subject> subjects) {
    String source = sourceAddress();
    for (int from = 0; from < subjects.size(); from += 5_000) {
      List<Subject> chunk = subjects.subList(from, Math.min(subjects.size(), from + 5_000));
      String[] ids = chunk.stream().map(s -> s.id() == null ? null : s.id().toString()).toArray(String[]::new);
      UUID[] people = chunk.stream().map(Subject::personId).toArray(UUID[]::new);
      String[] details = chunk.stream().map(Subject::detail).toArray(String[]::new);
      jdbc.sql("""
              insert into audit_event (alliance_id, actor, actor_role, action, subject_type, subject_id, person_id,
                                       detail, source_ip)
              select ?, ?, ?, ?, ?, s.id, s.person, s.detail, ?
              from unnest(?::text[], ?::uuid[], ?::text[]) with ordinality as s (id, person, detail, n)
              order by s.n""")
          .params(allianceId, user.username(), user.role().name(), action.name(), subjectType, source, ids, people,
              details)
          .update();
    }
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
        .query((rs, n) -> entry(rs)).list();
    return new Paged<>(entries, page, size, total);
  }

  /**
   * One page of the entries about a person, newest first: who read or changed their record, and when. With
   * {@code notBy}, that account's own entries are left out.
   */
  public Paged<AuditEntry> ofPerson(UUID allianceId, UUID personId, @Nullable String notBy, int page, int size) {
    String where = " where alliance_id = :alliance and person_id = :person"
        + (notBy == null ? "" : " and actor <> :notBy");
    long total = personParams(jdbc.sql("select count(*) from audit_event" + where), allianceId, personId, notBy)
        .query(Long.class).single();
    List<AuditEntry> entries = personParams(jdbc.sql("select * from audit_event" + where
            + " order by occurred_at desc, id desc limit :size offset :offset"), allianceId, personId, notBy)
        .param("size", size).param("offset", (long) page * size)
        .query((rs, n) -> entry(rs)).list();
    return new Paged<>(entries, page, size, total);
  }

  /** Every entry about a person, newest first, handed over one at a time so that none are held together. */
  public void eachOfPerson(UUID allianceId, UUID personId, Consumer<AuditEntry> each) {
    jdbc.sql("select * from audit_event where alliance_id = ? and person_id = ? order by occurred_at desc, id desc")
        .params(allianceId, personId)
        .query((RowCallbackHandler) rs -> each.accept(entry(rs)));
  }

  /** When the account last did this to this kind of thing on the person's record; empty if it never did. */
  public Optional<Instant> lastBy(UUID allianceId, String actor, UUID personId, AuditAction action,
      String subjectType) {
    Timestamp last = jdbc.sql("""
            select max(occurred_at) from audit_event where alliance_id = ? and person_id = ? and actor = ?
            and action = ? and subject_type = ?""")
        .params(allianceId, personId, actor, action.name(), subjectType)
        .query((rs, n) -> rs.getTimestamp(1)).list().get(0);
    return Optional.ofNullable(last).map(Timestamp::toInstant);
  }

  private static JdbcClient.StatementSpec personParams(JdbcClient.StatementSpec sql, UUID allianceId,
      UUID personId, @Nullable String notBy) {
    JdbcClient.StatementSpec spec = sql.param("alliance", allianceId).param("person", personId);
    return notBy == null ? spec : spec.param("notBy", notBy);
  }

  private static AuditEntry entry(ResultSet rs) throws SQLException {
    return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor"), rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")),
        rs.getString("subject_type"), rs.getString("subject_id"), rs.getObject("person_id", UUID.class),
        rs.getString("detail"), rs.getString("source_ip"));
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
