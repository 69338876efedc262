package org.bridgeway.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.governance.ActionsClosed;
import org.bridgeway.governance.Attendee;
import org.bridgeway.governance.AttendeeKind;
import org.bridgeway.governance.Issue;
import org.bridgeway.governance.Meeting;
import org.bridgeway.governance.MeetingDetails;
import org.bridgeway.governance.MeetingLine;
import org.bridgeway.governance.NewAttendee;
import org.bridgeway.governance.NewIssue;
import org.bridgeway.governance.Words;
import org.bridgeway.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Forum meetings, who came and the issues raised, in tables {@code forum_meeting}, {@code forum_attendee}, {@code forum_issue}. */
@Component
public class ForumStore {

  private final JdbcClient jdbc;
  private final ActionStore actions;

  ForumStore(JdbcClient jdbc, ActionStore actions) {
    this.jdbc = jdbc;
    this.actions = actions;
  }

  /** One page of meetings, latest first, voided ones included and marked. */
  public Paged<MeetingLine> meetings(UUID alliance, int page, int size) {
    long total = jdbc.sql("select count(*) from forum_meeting where alliance_id = ?").param(alliance)
        .query(Long.class).single();
    List<MeetingLine> items = jdbc.sql("""
        select m.id, m.held_on, m.place, m.chair, m.voided_at is not null as voided,
          (select count(*) from forum_attendee a where a.alliance_id = m.alliance_id and a.meeting_id = m.id
             and a.kind = 'PERSON' and a.voided_at is null) as people,
          (select count(*) from forum_attendee a where a.alliance_id = m.alliance_id and a.meeting_id = m.id
             and a.kind = 'STAFF' and a.voided_at is null) as staff,
          (select count(*) from forum_issue i where i.alliance_id = m.alliance_id and i.meeting_id = m.id
             and i.voided_at is null) as issues,
          (select count(*) from forum_issue i join forum_action x on x.alliance_id = i.alliance_id
             and x.issue_id = i.id where i.alliance_id = m.alliance_id and i.meeting_id = m.id
             and i.voided_at is null and x.voided_at is null and x.closed_on is null) as open_actions
        from forum_meeting m where m.alliance_id = :alliance
        order by m.held_on desc, m.id limit :size offset :offset""").param("alliance", alliance)
        .param("size", size).param("offset", (long) page * size)
        .query((rs, n) -> new MeetingLine(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
            rs.getString("place"), rs.getString("chair"), rs.getBoolean("voided"), rs.getInt("people"),
            rs.getInt("staff"), rs.getInt("issues"), rs.getInt("open_actions"))).list();
    return new Paged<>(items, page, size, total);
  }

  public Optional<Meeting> meeting(UUID alliance, UUID id) {
    return jdbc.sql("select * from forum_meeting where alliance_id = ? and id = ?").params(alliance, id)
        .query(ForumStore::meeting).optional();
  }

  public void insertMeeting(UUID alliance, UUID id, MeetingDetails d, String by) {
    jdbc.sql("""
        insert into forum_meeting (alliance_id, id, held_on, place, chair, notes, recorded_by)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, d.heldOn(), Words.tidy(d.place()), Words.tidy(d.chair()), Words.tidy(d.notes()), by)
        .update();
  }

  public boolean changeMeeting(UUID alliance, UUID id, int version, MeetingDetails d, String by) {
    return jdbc.sql("""
        update forum_meeting set held_on = ?, place = ?, chair = ?, notes = ?, changed_by = ?, changed_at = now(),
          version = version + 1
        where alliance_id = ? and id = ? and version = ? and voided_at is null""")
        .params(d.heldOn(), Words.tidy(d.place()), Words.tidy(d.chair()), Words.tidy(d.notes()), by, alliance, id,
            version).update() == 1;
  }

  public boolean voidMeeting(UUID alliance, UUID id, int version, String reason, String by) {
    return jdbc.sql("""
        update forum_meeting set voided_at = now(), voided_by = ?, void_reason = ?, version = version + 1
        where alliance_id = ? and id = ? and version = ? and voided_at is null""")
        .params(by, reason, alliance, id, version).update() == 1;
  }

  public List<Attendee> attendees(UUID alliance, UUID meeting) {
    return jdbc.sql("""
        select * from forum_attendee where alliance_id = ? and meeting_id = ?
        order by voided_at is not null, kind, lower(name), id""").params(alliance, meeting)
        .query((rs, n) -> new Attendee(rs.getObject("id", UUID.class), AttendeeKind.valueOf(rs.getString("kind")),
            rs.getObject("person_id", UUID.class), rs.getObject("staff_id", UUID.class), rs.getString("name"),
            rs.getString("void_reason"))).list();
  }

  public void insertAttendee(UUID alliance, UUID meeting, UUID id, NewAttendee a, String name, String by) {
    jdbc.sql("""
        insert into forum_attendee (alliance_id, id, meeting_id, kind, person_id, staff_id, name, recorded_by)
        values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, meeting, a.kind().name(), a.kind() == AttendeeKind.PERSON ? a.personId() : null,
            a.kind() == AttendeeKind.STAFF ? a.staffId() : null, name, by).update();
  }

  public Optional<Attendee> attendee(UUID alliance, UUID meeting, UUID id) {
    return attendees(alliance, meeting).stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public boolean voidAttendee(UUID alliance, UUID id, String reason, String by) {
    return jdbc.sql("""
        update forum_attendee set voided_at = now(), voided_by = ?, void_reason = ?
        where alliance_id = ? and id = ? and voided_at is null""").params(by, reason, alliance, id).update() == 1;
  }

  /** The meeting's issues in the order raised, each with its actions. */
  public List<Issue> issues(UUID alliance, UUID meeting) {
    return jdbc.sql("select * from forum_issue where alliance_id = ? and meeting_id = ? order by recorded_at, id")
        .params(alliance, meeting).query((rs, n) -> issue(alliance, rs)).list();
  }

  public Optional<Issue> issue(UUID alliance, UUID id) {
    return jdbc.sql("select * from forum_issue where alliance_id = ? and id = ?").params(alliance, id)
        .query((rs, n) -> issue(alliance, rs)).optional();
  }

  public void insertIssue(UUID alliance, UUID meeting, UUID id, NewIssue issue, String by) {
    jdbc.sql("""
        insert into forum_issue (alliance_id, id, meeting_id, text, raised_by, recorded_by)
        values (?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, meeting, Words.tidy(issue.text()), Words.tidy(issue.raisedBy()), by).update();
  }

  public boolean voidIssue(UUID alliance, UUID id, String reason, String by) {
    return jdbc.sql("""
        update forum_issue set voided_at = now(), voided_by = ?, void_reason = ?
        where alliance_id = ? and id = ? and voided_at is null""").params(by, reason, alliance, id).update() == 1;
  }

  /** The meetings, not voided, a person came to and was linked to, oldest first. */
  public List<Meeting> attendedBy(UUID alliance, UUID person) {
    return jdbc.sql("""
        select distinct m.* from forum_meeting m join forum_attendee a on a.alliance_id = m.alliance_id
          and a.meeting_id = m.id
        where m.alliance_id = ? and a.person_id = ? and a.voided_at is null and m.voided_at is null
        order by m.held_on, m.id""").params(alliance, person).query(ForumStore::meeting).list();
  }

  /** The figure's three counts, as {@link ActionsClosed} defines them. */
  public ActionsClosed actionsClosed(UUID alliance, LocalDate from, LocalDate to) {
    return jdbc.sql("""
        select count(*) filter (where a.closed_on between :from and :to) as closed,
          count(*) filter (where a.due_on between :from and :to) as due,
          count(*) filter (where a.due_on between :from and :to and a.closed_on <= :to) as due_and_closed
        from forum_action a
        join forum_issue i on i.alliance_id = a.alliance_id and i.id = a.issue_id
        join forum_meeting m on m.alliance_id = i.alliance_id and m.id = i.meeting_id
        where a.alliance_id = :alliance and a.voided_at is null and i.voided_at is null and m.voided_at is null""")
        .param("alliance", alliance).param("from", from).param("to", to)
        .query((rs, n) -> new ActionsClosed(from, to, rs.getLong("closed"), rs.getLong("due"),
            rs.getLong("due_and_closed"))).single();
  }

  private Issue issue(UUID alliance, ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new Issue(id, rs.getObject("meeting_id", UUID.class), rs.getString("text"), rs.getString("raised_by"),
        rs.getString("void_reason"), actions.ofIssue(alliance, id));
  }

  private static Meeting meeting(ResultSet rs, int row) throws SQLException {
    Timestamp voided = rs.getTimestamp("voided_at");
    return new Meeting(rs.getObject("id", UUID.class), rs.getObject("held_on", LocalDate.class),
        rs.getString("place"), rs.getString("chair"), rs.getString("notes"),
        voided == null ? null : voided.toInstant(), rs.getString("voided_by"), rs.getString("void_reason"),
        rs.getInt("version"));
  }
}
