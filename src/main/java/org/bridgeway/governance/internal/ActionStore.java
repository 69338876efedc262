package org.bridgeway.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.governance.ActionDetails;
import org.bridgeway.governance.Closing;
import org.bridgeway.governance.ForumAction;
import org.bridgeway.governance.Words;
import org.bridgeway.governance.YouSaidWeDid;
import org.bridgeway.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The forum's actions in table {@code forum_action}, read with their issue, meeting and owner. */
@Component
public class ActionStore {

  private static final String SELECT = """
      select a.*, i.text as issue_text, i.meeting_id, m.held_on,
        s.given_name || ' ' || s.family_name as owner_name
      from forum_action a
      join forum_issue i on i.alliance_id = a.alliance_id and i.id = a.issue_id
      join forum_meeting m on m.alliance_id = i.alliance_id and m.id = i.meeting_id
      join staff s on s.alliance_id = a.alliance_id and s.id = a.owner_id
      """;

  /** Actions that still count: neither they nor their issue or meeting voided. */
  private static final String STANDING = " and a.voided_at is null and i.voided_at is null and m.voided_at is null";

  private final JdbcClient jdbc;

  ActionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<ForumAction> ofIssue(UUID alliance, UUID issue) {
    return jdbc.sql(SELECT + " where a.alliance_id = ? and a.issue_id = ? order by a.recorded_at, a.id")
        .params(alliance, issue).query(ActionStore::action).list();
  }

  public Optional<ForumAction> get(UUID alliance, UUID id) {
    return jdbc.sql(SELECT + " where a.alliance_id = ? and a.id = ?").params(alliance, id)
        .query(ActionStore::action).optional();
  }

  /** Every open action that still counts, the longest overdue first. */
  public List<ForumAction> open(UUID alliance, int most) {
    return jdbc.sql(SELECT + " where a.alliance_id = ? and a.closed_on is null" + STANDING
        + " order by a.due_on, a.id limit ?").params(alliance, most).query(ActionStore::action).list();
  }

  /** The actions that still count closed in the period, both ends included, as the figure counts them. */
  public List<ForumAction> closedBetween(UUID alliance, LocalDate from, LocalDate to) {
    return jdbc.sql(SELECT + " where a.alliance_id = ? and a.closed_on between ? and ?" + STANDING
        + " order by a.closed_on, a.id").params(alliance, from, to).query(ActionStore::action).list();
  }

  /** One page of closed actions that still count, the latest closed first, in the words the public sees. */
  public Paged<YouSaidWeDid> youSaidWeDid(UUID alliance, int page, int size) {
    String where = " where a.alliance_id = :alliance and a.closed_on is not null" + STANDING;
    long total = jdbc.sql("select count(*) from (" + SELECT + where + ") c").param("alliance", alliance)
        .query(Long.class).single();
    List<YouSaidWeDid> items = jdbc.sql(SELECT + where + " order by a.closed_on desc, a.id limit :size offset :offset")
        .param("alliance", alliance).param("size", size).param("offset", (long) page * size)
        .query((rs, n) -> new YouSaidWeDid(rs.getString("issue_text"), rs.getString("what_we_did"),
            rs.getObject("closed_on", LocalDate.class))).list();
    return new Paged<>(items, page, size, total);
  }

  public void insert(UUID alliance, UUID issue, UUID id, ActionDetails d, String by) {
    jdbc.sql("""
        insert into forum_action (alliance_id, id, issue_id, what, owner_id, due_on, recorded_by)
        values (?, ?, ?, ?, ?, ?, ?)""").params(alliance, id, issue, Words.tidy(d.what()), d.ownerId(), d.dueOn(), by)
        .update();
  }

  public boolean change(UUID alliance, UUID id, int version, ActionDetails d, String by) {
    return jdbc.sql("""
        update forum_action set what = ?, owner_id = ?, due_on = ?, changed_by = ?, changed_at = now(),
          version = version + 1
        where alliance_id = ? and id = ? and version = ? and voided_at is null""")
        .params(Words.tidy(d.what()), d.ownerId(), d.dueOn(), by, alliance, id, version).update() == 1;
  }

  public boolean close(UUID alliance, UUID id, int version, Closing c, String by) {
    return jdbc.sql("""
        update forum_action set closed_on = ?, what_we_did = ?, changed_by = ?, changed_at = now(),
          version = version + 1
        where alliance_id = ? and id = ? and version = ? and voided_at is null and closed_on is null""")
        .params(c.closedOn(), Words.tidy(c.whatWeDid()), by, alliance, id, version).update() == 1;
  }

  public boolean voidAction(UUID alliance, UUID id, int version, String reason, String by) {
    return jdbc.sql("""
        update forum_action set voided_at = now(), voided_by = ?, void_reason = ?, version = version + 1
        where alliance_id = ? and id = ? and version = ? and voided_at is null""")
        .params(by, reason, alliance, id, version).update() == 1;
  }

  private static ForumAction action(ResultSet rs, int row) throws SQLException {
    Timestamp voided = rs.getTimestamp("voided_at");
    return new ForumAction(rs.getObject("id", UUID.class), rs.getObject("issue_id", UUID.class),
        rs.getObject("meeting_id", UUID.class), rs.getObject("held_on", LocalDate.class), rs.getString("issue_text"),
        rs.getString("what"), rs.getObject("owner_id", UUID.class), rs.getString("owner_name"),
        rs.getObject("due_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
        rs.getString("what_we_did"), voided == null ? null : voided.toInstant(), rs.getString("voided_by"),
        rs.getString("void_reason"), rs.getInt("version"));
  }
}
