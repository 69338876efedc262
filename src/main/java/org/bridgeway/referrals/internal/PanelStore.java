package org.bridgeway.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bridgeway.referrals.NewAttendee;
import org.bridgeway.referrals.NewPanelAction;
import org.bridgeway.referrals.NewPanelMeeting;
import org.bridgeway.referrals.PanelAction;
import org.bridgeway.referrals.PanelAttendee;
import org.bridgeway.referrals.PanelDecisionRecord;
import org.bridgeway.referrals.PanelMeeting;
import org.bridgeway.referrals.PanelOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes panel meetings, who was present, the decisions made and the actions agreed. */
@Repository
public class PanelStore {

  private static final String PERSON = "coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name";

  private final JdbcClient jdbc;

  PanelStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertMeeting(UUID alliance, UUID id, NewPanelMeeting m, String by) {
    jdbc.sql("""
            insert into panel_meeting (alliance_id, id, meets_on, starts_at, location, chair, created_by)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, m.meetsOn(), m.startsAt(), m.location().trim(), m.chair().trim(), by).update();
  }

  public Optional<PanelMeeting> meeting(UUID alliance, UUID id) {
    return jdbc.sql("select * from panel_meeting where alliance_id = ? and id = ?").params(alliance, id)
        .query((rs, n) -> meeting(rs))
        .optional();
  }

  /** Meetings from a day on, soonest first; or, when {@code before}, meetings before that day, latest first. */
  public List<PanelMeeting> meetings(UUID alliance, LocalDate day, boolean before, int limit) {
    String where = before ? "meets_on < ? order by meets_on desc, starts_at desc"
        : "meets_on >= ? order by meets_on, starts_at";
    return jdbc.sql("select * from panel_meeting where alliance_id = ? and " + where + " limit ?")
        .params(alliance, day, limit)
        .query((rs, n) -> meeting(rs))
        .list();
  }

  private static PanelMeeting meeting(ResultSet rs) throws SQLException {
    return new PanelMeeting(rs.getObject("id", UUID.class), rs.getObject("meets_on", LocalDate.class),
        rs.getObject("starts_at", LocalTime.class), rs.getString("location"), rs.getString("chair"),
        rs.getString("created_by"), rs.getInt("version"));
  }

  public void insertAttendee(UUID alliance, UUID panel, UUID id, String name, NewAttendee attendee) {
    jdbc.sql("""
            insert into panel_attendee (alliance_id, panel_id, id, name, organisation_id, staff_id)
            values (?, ?, ?, ?, ?, ?)""")
        .params(alliance, panel, id, name, attendee.organisationId(), attendee.staffId()).update();
  }

  public List<PanelAttendee> attendees(UUID alliance, UUID panel) {
    return jdbc.sql("""
            select a.*, o.name as organisation_name from panel_attendee a
            left join organisation o on o.alliance_id = a.alliance_id and o.id = a.organisation_id
            where a.alliance_id = ? and a.panel_id = ? order by o.name nulls last, a.name""")
        .params(alliance, panel)
        .query((rs, n) -> new PanelAttendee(rs.getObject("id", UUID.class), rs.getString("name"),
            rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
            rs.getObject("staff_id", UUID.class)))
        .list();
  }

  public boolean decided(UUID alliance, UUID panel, UUID referral) {
    return jdbc.sql("select count(*) from panel_decision where alliance_id = ? and panel_id = ? and referral_id = ?")
        .params(alliance, panel, referral).query(Integer.class).single() > 0;
  }

  public void insertDecision(UUID alliance, UUID panel, UUID referral, PanelOutcome outcome, String reasons,
      @Nullable String detail, String by) {
    jdbc.sql("""
            insert into panel_decision (alliance_id, panel_id, referral_id, outcome, reasons, detail, decided_by)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, panel, referral, outcome.name(), reasons, detail, by).update();
  }

  public List<PanelDecisionRecord> decisions(UUID alliance, UUID panel) {
    return jdbc.sql("""
            select d.*, r.person_id, %s as person_name from panel_decision d
            join referral r on r.alliance_id = d.alliance_id and r.id = d.referral_id
            join person p on p.alliance_id = r.alliance_id and p.id = r.person_id
            where d.alliance_id = ? and d.panel_id = ? order by d.decided_at""".formatted(PERSON))
        .params(alliance, panel)
        .query((rs, n) -> new PanelDecisionRecord(rs.getObject("referral_id", UUID.class),
            rs.getObject("person_id", UUID.class), rs.getString("person_name"),
            PanelOutcome.valueOf(rs.getString("outcome")), rs.getString("reasons"), rs.getString("detail"),
            rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant()))
        .list();
  }

  /** How many times the panel has deferred each referral awaiting it. */
  public Map<UUID, Integer> deferrals(UUID alliance) {
    Map<UUID, Integer> counts = new HashMap<>();
    jdbc.sql("""
            select d.referral_id, count(*) as n from panel_decision d
            join referral r on r.alliance_id = d.alliance_id and r.id = d.referral_id
            where d.alliance_id = ? and d.outcome = 'DEFER' and r.status = 'AWAITING_PANEL'
            group by d.referral_id""")
        .param(alliance).query(rs -> {
          counts.put(rs.getObject("referral_id", UUID.class), rs.getInt("n"));
        });
    return counts;
  }

  /** Referrals awaiting the panel for which the same person has another open referral for the same service. */
  public Set<UUID> possibleDuplicates(UUID alliance) {
    return jdbc.sql("""
            select distinct r.id from referral r
            join referral_request q on q.alliance_id = r.alliance_id and q.referral_id = r.id
            join referral_request oq on oq.alliance_id = q.alliance_id and oq.service_id = q.service_id
              and oq.referral_id <> r.id
            join referral o on o.alliance_id = oq.alliance_id and o.id = oq.referral_id and o.person_id = r.person_id
            where r.alliance_id = ? and r.status = 'AWAITING_PANEL'
              and o.status in ('RECEIVED', 'MORE_INFORMATION_REQUESTED', 'AWAITING_PANEL', 'WAITING_LIST')""")
        .param(alliance).query(UUID.class).list().stream().collect(Collectors.toSet());
  }

  public void insertAction(UUID alliance, UUID panel, UUID id, NewPanelAction a) {
    jdbc.sql("""
            insert into panel_action (alliance_id, panel_id, id, referral_id, action, owner, due_on)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, panel, id, a.referralId(), a.action().trim(), a.owner().trim(), a.dueOn()).update();
  }

  public List<PanelAction> actions(UUID alliance, UUID panel) {
    return jdbc.sql("""
            select a.*, case when p.id is null then null else %s end as person_name from panel_action a
            left join referral r on r.alliance_id = a.alliance_id and r.id = a.referral_id
            left join person p on p.alliance_id = r.alliance_id and p.id = r.person_id
            where a.alliance_id = ? and a.panel_id = ? order by a.due_on nulls last, a.action""".formatted(PERSON))
        .params(alliance, panel)
        .query((rs, n) -> new PanelAction(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
            rs.getString("person_name"), rs.getString("action"), rs.getString("owner"),
            rs.getObject("due_on", LocalDate.class), rs.getObject("done_on", LocalDate.class)))
        .list();
  }

  /** Marks an open action done; false if there is no such open action at the meeting. */
  public boolean markDone(UUID alliance, UUID panel, UUID action, LocalDate on, String by) {
    return jdbc.sql("""
            update panel_action set done_on = ?, done_by = ?
            where alliance_id = ? and panel_id = ? and id = ? and done_on is null""")
        .params(on, by, alliance, panel, action).update() == 1;
  }
}
