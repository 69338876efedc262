package org.bridgeway.referrals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.referrals.Urgency;
import org.bridgeway.referrals.WaitingListEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes where decided referrals went (a place, or a waiting list) and reads the waiting lists. */
@Repository
public class AllocationStore {

  private static final String WAITING = """
      select a.id, a.referral_id, a.person_id, a.service_id, a.since, s.name as service_name, r.version,
        r.urgency, coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name as person_name
      from allocation a
      join service s on s.alliance_id = a.alliance_id and s.id = a.service_id
      join referral r on r.alliance_id = a.alliance_id and r.id = a.referral_id
      join person p on p.alliance_id = a.alliance_id and p.id = a.person_id
      where a.alliance_id = ? and a.kind = 'WAITING_LIST' and a.ended_on is null
      """;

  private final JdbcClient jdbc;

  AllocationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes an allocation of the given kind: {@code ALLOCATED} or {@code WAITING_LIST}. */
  public void insert(UUID alliance, UUID referral, UUID person, UUID service, String kind, LocalDate since) {
    jdbc.sql("""
            insert into allocation (alliance_id, id, referral_id, person_id, service_id, kind, since)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, UUID.randomUUID(), referral, person, service, kind, since).update();
  }

  /** Everyone waiting, by service, longest waiting first. */
  public List<WaitingListEntry> waiting(UUID alliance) {
    return jdbc.sql(WAITING + " order by s.name, a.since, person_name").param(alliance)
        .query((rs, n) -> entry(rs)).list();
  }

  public Optional<WaitingListEntry> waitingEntry(UUID alliance, UUID id) {
    return jdbc.sql(WAITING + " and a.id = ?").params(alliance, id).query((rs, n) -> entry(rs)).optional();
  }

  /** Ends every open waiting-list place of the referral. */
  public void endWaiting(UUID alliance, UUID referral, LocalDate on, String reason) {
    jdbc.sql("""
            update allocation set ended_on = ?, end_reason = ?
            where alliance_id = ? and referral_id = ? and kind = 'WAITING_LIST' and ended_on is null""")
        .params(on, reason, alliance, referral).update();
  }

  private static WaitingListEntry entry(ResultSet rs) throws SQLException {
    return new WaitingListEntry(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
        rs.getInt("version"), rs.getObject("person_id", UUID.class), rs.getString("person_name"),
        rs.getObject("service_id", UUID.class), rs.getString("service_name"),
        rs.getObject("since", LocalDate.class), Urgency.valueOf(rs.getString("urgency")));
  }
}
