package org.bridgeway.careteam.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.careteam.CaseloadEntry;
import org.bridgeway.careteam.NewMember;
import org.bridgeway.careteam.TeamMember;
import org.bridgeway.careteam.TeamRole;
import org.bridgeway.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Care-team memberships in table {@code care_team_member}. The lists join the staff, organisation and person
 * tables read-only, for names to show; nothing here writes anywhere else.
 */
@Component
public class CareTeamStore {

  private static final String MEMBER = """
      select m.*, s.given_name || ' ' || s.family_name as staff_name, s.organisation_id, o.name as organisation_name
      from care_team_member m
      join staff s on s.alliance_id = m.alliance_id and s.id = m.staff_id
      join organisation o on o.alliance_id = s.alliance_id and o.id = s.organisation_id
      """;

  private final JdbcClient jdbc;

  CareTeamStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<TeamMember> team(UUID alliance, UUID person) {
    return jdbc.sql(MEMBER + " where m.alliance_id = ? and m.person_id = ?"
            + " order by m.key_worker desc, m.start_date, staff_name, m.id")
        .params(alliance, person).query(CareTeamStore::member).list();
  }

  public Optional<TeamMember> find(UUID alliance, UUID person, UUID id) {
    return jdbc.sql(MEMBER + " where m.alliance_id = ? and m.person_id = ? and m.id = ?")
        .params(alliance, person, id).query(CareTeamStore::member).optional();
  }

  /** The key worker whose membership has no end date: at most one, by the table's unique index. */
  public Optional<TeamMember> openKeyWorker(UUID alliance, UUID person) {
    return jdbc.sql(MEMBER + " where m.alliance_id = ? and m.person_id = ? and m.key_worker and m.end_date is null")
        .params(alliance, person).query(CareTeamStore::member).optional();
  }

  /** True when the member of staff has a membership of the person's team not ended on the day. */
  public boolean onTeam(UUID alliance, UUID person, UUID staff, LocalDate day) {
    return jdbc.sql("""
            select count(*) from care_team_member where alliance_id = ? and person_id = ? and staff_id = ?
            and (end_date is null or end_date > ?)""")
        .params(alliance, person, staff, day).query(Long.class).single() > 0;
  }

  public void insert(UUID alliance, UUID id, UUID person, NewMember member, String by) {
    jdbc.sql("""
            insert into care_team_member (alliance_id, id, person_id, staff_id, team_role, key_worker, start_date,
                                          added_by)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, person, member.staffId(), member.role().name(), member.isKeyWorker(),
            member.startDate(), by)
        .update();
  }

  /** Ends the membership if nobody changed it since the version given; false if somebody did. */
  public boolean end(UUID alliance, UUID id, int version, LocalDate endDate, String reason) {
    return jdbc.sql("""
            update care_team_member set end_date = ?, end_reason = ?, version = version + 1
            where alliance_id = ? and id = ? and version = ? and end_date is null""")
        .params(endDate, reason, alliance, id, version).update() == 1;
  }

  /** The people whose team the member of staff is on, on the day; by name. */
  public Paged<CaseloadEntry> caseload(UUID alliance, UUID staff, LocalDate day, int page, int size) {
    String where = """
        from care_team_member m join person p on p.alliance_id = m.alliance_id and p.id = m.person_id
        where m.alliance_id = :alliance and m.staff_id = :staff and m.start_date <= :day
        and (m.end_date is null or m.end_date > :day)""";
    long total = jdbc.sql("select count(*) " + where).param("alliance", alliance).param("staff", staff)
        .param("day", day).query(Long.class).single();
    List<CaseloadEntry> entries = jdbc.sql("select p.id as person_id, p.local_id, p.given_name, p.family_name, "
            + "p.preferred_name, p.date_of_birth, m.id, m.team_role, m.key_worker, m.start_date " + where
            + " order by lower(p.family_name), lower(p.given_name), p.id limit :size offset :offset")
        .param("alliance", alliance).param("staff", staff).param("day", day)
        .param("size", size).param("offset", (long) page * size)
        .query((rs, n) -> new CaseloadEntry(rs.getObject("person_id", UUID.class), rs.getString("local_id"),
            rs.getString("given_name"), rs.getString("family_name"), rs.getString("preferred_name"),
            rs.getObject("date_of_birth", LocalDate.class), rs.getObject("id", UUID.class),
            TeamRole.valueOf(rs.getString("team_role")), rs.getBoolean("key_worker"),
            rs.getObject("start_date", LocalDate.class)))
        .list();
    return new Paged<>(entries, page, size, total);
  }

  private static TeamMember member(ResultSet rs, int n) throws SQLException {
    return new TeamMember(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        rs.getObject("staff_id", UUID.class), rs.getString("staff_name"),
        rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
        TeamRole.valueOf(rs.getString("team_role")), rs.getBoolean("key_worker"),
        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
        rs.getString("end_reason"), rs.getString("added_by"), rs.getInt("version"));
  }
}
