package org.bridgeway.pathway.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.pathway.EndOfStay;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stay;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stays in table {@code stay}. Reads join the service table read-only for its name, kind and intended length,
 * and the alliance's ladder ({@code ladder_level}) for the kind's level; nothing here writes anywhere else.
 */
@Component
public class StayStore {

  private static final String STAY = """
      select st.*, sv.name as service_name, sv.kind, sv.out_of_area, sv.intended_stay_min_days,
             sv.intended_stay_max_days, ll.level as ladder_level
      from stay st join service sv on sv.alliance_id = st.alliance_id and sv.id = st.service_id
      left join ladder_level ll on ll.alliance_id = st.alliance_id and ll.kind = sv.kind
      """;

  private final JdbcClient jdbc;

  StayStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The stays covering at least one day from {@code from} to {@code to}, by service and start. */
  public List<org.bridgeway.pathway.StaySpan> spans(UUID alliance, LocalDate from, LocalDate to) {
    return jdbc.sql("""
        select st.id, st.person_id, st.service_id, st.start_date, st.end_date, ll.level
        from stay st join service sv on sv.alliance_id = st.alliance_id and sv.id = st.service_id
        left join ladder_level ll on ll.alliance_id = st.alliance_id and ll.kind = sv.kind
        where st.alliance_id = ? and st.start_date <= ? and (st.end_date is null or st.end_date > ?)
        order by st.service_id, st.start_date, st.id
        """).params(alliance, to, from)
        .query((rs, n) -> new org.bridgeway.pathway.StaySpan(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
            rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
            (Integer) rs.getObject(6)))
        .list();
  }

  /** The person's stays, earliest first. */
  public List<Stay> ofPerson(UUID alliance, UUID person) {
    return jdbc.sql(STAY + " where st.alliance_id = ? and st.person_id = ? order by st.start_date, st.recorded_at, st.id")
        .params(alliance, person).query(StayStore::stay).list();
  }

  /** A stay of the alliance by its id alone, whoever's it is. */
  public Optional<Stay> find(UUID alliance, UUID id) {
    return jdbc.sql(STAY + " where st.alliance_id = ? and st.id = ?")
        .params(alliance, id).query(StayStore::stay).optional();
  }

  public Optional<Stay> find(UUID alliance, UUID person, UUID id) {
    return jdbc.sql(STAY + " where st.alliance_id = ? and st.person_id = ? and st.id = ?")
        .params(alliance, person, id).query(StayStore::stay).optional();
  }

  /**
   * Holds a lock on the key until the transaction ends, so two saves that check the same person's stays or the
   * same service's occupancy run one after the other.
   */
  public void lock(UUID alliance, UUID key) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
        .param(alliance + "/" + key).query((rs, n) -> 0).list();
  }

  /**
   * The most people in the service on any day from the start up to the day before the end (open: every day from
   * the start). Occupancy only rises on a day some stay starts, so only those days and the first are counted.
   */
  public long mostOccupied(UUID alliance, UUID service, LocalDate start, @Nullable LocalDate end) {
    return jdbc.sql("""
            select coalesce(max((select count(*) from stay o
                                 where o.alliance_id = :alliance and o.service_id = :service
                                   and o.start_date <= d.day and (o.end_date is null or o.end_date > d.day))), 0)
            from (select cast(:start as date) as day
                  union
                  select start_date from stay
                  where alliance_id = :alliance and service_id = :service and start_date > :start
                    and (cast(:end as date) is null or start_date < :end)) d""")
        .param("alliance", alliance).param("service", service).param("start", start).param("end", end)
        .query(Long.class).single();
  }

  public void insert(UUID alliance, UUID id, UUID person, NewStay stay, String by) {
    jdbc.sql("""
            insert into stay (alliance_id, id, person_id, service_id, start_date, planned_end_date,
                              capacity_override_reason, end_date, end_reason, destination, recorded_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, person, stay.serviceId(), stay.startDate(), stay.plannedEndDate(),
            stay.overrideReason(), stay.endDate(), stay.endReason() == null ? null : stay.endReason().name(),
            stay.ended() ? stay.destinationText() : null, by)
        .update();
  }

  /** Ends the stay if nobody changed it since the version given; false if somebody did. */
  public boolean end(UUID alliance, UUID id, int version, EndOfStay end) {
    return jdbc.sql("""
            update stay set end_date = ?, end_reason = ?, destination = ?, version = version + 1
            where alliance_id = ? and id = ? and version = ? and end_date is null""")
        .params(end.endDate(), end.reason().name(), end.destinationText(), alliance, id, version).update() == 1;
  }

  private static Stay stay(ResultSet rs, int n) throws SQLException {
    String reason = rs.getString("end_reason");
    return new Stay(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        rs.getObject("service_id", UUID.class), rs.getString("service_name"), ServiceKind.valueOf(rs.getString("kind")),
        rs.getObject("ladder_level", Integer.class), rs.getBoolean("out_of_area"),
        rs.getObject("intended_stay_min_days", Integer.class), rs.getObject("intended_stay_max_days", Integer.class),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("planned_end_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
        reason == null ? null : EndReason.valueOf(reason), rs.getString("destination"),
        rs.getString("capacity_override_reason"), rs.getString("recorded_by"), rs.getInt("version"));
  }
}
