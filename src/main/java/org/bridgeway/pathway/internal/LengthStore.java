package org.bridgeway.pathway.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.pathway.LengthDistribution;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only lengths of stay over table {@code stay}, joined to the service for its intended maximum and to
 * the person for their name. Lengths are covered days: an ended stay covers end date − start date days; a stay
 * open on a day has covered day − start date + 1 days so far.
 */
@Component
public class LengthStore {

  /** The per-service (and, with a null service, the all-services) figures over a CTE {@code lengths}. */
  private static final String DISTRIBUTION = """
      select sv.id as service_id, sv.name as service_name, sv.intended_stay_max_days as intended_max,
             count(*) as n,
             percentile_disc(0.25) within group (order by l.days) as q1,
             percentile_disc(0.5) within group (order by l.days) as median,
             percentile_disc(0.75) within group (order by l.days) as q3,
             min(l.days) as shortest, max(l.days) as longest,
             count(*) filter (where l.days < 91) as b0,
             count(*) filter (where l.days >= 91 and l.days < 182) as b1,
             count(*) filter (where l.days >= 182 and l.days < 273) as b2,
             count(*) filter (where l.days >= 273 and l.days < 365) as b3,
             count(*) filter (where l.days >= 365 and l.days < 547) as b4,
             count(*) filter (where l.days >= 547 and l.days < 730) as b5,
             count(*) filter (where l.days >= 730) as b6,
             count(*) filter (where l.days <= sv.intended_stay_max_days) as within_intended,
             count(*) filter (where sv.intended_stay_max_days is not null) as with_intended
      from lengths l join service sv on sv.alliance_id = :alliance and sv.id = l.service_id
      group by grouping sets ((sv.id, sv.name, sv.intended_stay_max_days), ())
      order by grouping(sv.id), sv.name""";

  private final JdbcClient jdbc;

  LengthStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An overdue stay as read, with the person's name whether or not the user may see it. */
  public record Overdue(UUID stayId, UUID personId, String name, UUID serviceId, String serviceName,
      LocalDate startDate, long daysSoFar, int intendedMaxDays) {}

  /**
   * Stays covering the day whose covered days so far (day − start + 1) exceed their service's intended
   * maximum, most days over first, then earliest start; one page. The page is chosen from the stays alone and
   * only its rows are joined to the person, so a long list costs no more than a short one.
   */
  public List<Overdue> overdue(UUID alliance, LocalDate day, int page, int size) {
    return jdbc.sql("""
            select o.*, coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name as name
            from (select st.id, st.person_id, sv.id as service_id, sv.name as service_name, st.start_date,
                         cast(:day as date) - st.start_date + 1 as so_far, sv.intended_stay_max_days
                  from stay st
                  join service sv on sv.alliance_id = st.alliance_id and sv.id = st.service_id
                  where st.alliance_id = :alliance and st.start_date <= :day
                    and (st.end_date is null or st.end_date > :day)
                    and sv.intended_stay_max_days is not null
                    and cast(:day as date) - st.start_date + 1 > sv.intended_stay_max_days
                  order by cast(:day as date) - st.start_date + 1 - sv.intended_stay_max_days desc,
                           st.start_date, st.id
                  limit :size offset :offset) o
            join person p on p.alliance_id = :alliance and p.id = o.person_id
            order by o.so_far - o.intended_stay_max_days desc, o.start_date, o.id""")
        .param("alliance", alliance).param("day", day).param("size", size).param("offset", (long) page * size)
        .query((rs, n) -> new Overdue(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
            rs.getString("name"), rs.getObject("service_id", UUID.class), rs.getString("service_name"),
            rs.getObject("start_date", LocalDate.class), rs.getLong("so_far"), rs.getInt("intended_stay_max_days")))
        .list();
  }

  /** How many stays are overdue on the day. */
  public long overdueCount(UUID alliance, LocalDate day) {
    return jdbc.sql("""
            select count(*) from stay st
            join service sv on sv.alliance_id = st.alliance_id and sv.id = st.service_id
            where st.alliance_id = :alliance and st.start_date <= :day
              and (st.end_date is null or st.end_date > :day)
              and sv.intended_stay_max_days is not null
              and cast(:day as date) - st.start_date + 1 > sv.intended_stay_max_days""")
        .param("alliance", alliance).param("day", day).query(Long.class).single();
  }

  /** By service, the stays whose end date lies in the period (both ends included), with their covered days. */
  public List<LengthDistribution> ended(UUID alliance, LocalDate from, LocalDate to) {
    return jdbc.sql("""
            with lengths as (
                select st.service_id, st.end_date - st.start_date as days
                from stay st
                where st.alliance_id = :alliance and st.end_date >= :from and st.end_date <= :to)
            """ + DISTRIBUTION)
        .param("alliance", alliance).param("from", from).param("to", to)
        .query(LengthStore::distribution).list();
  }

  /** By service, the stays covering the day, with the days they have covered so far. */
  public List<LengthDistribution> open(UUID alliance, LocalDate day) {
    return jdbc.sql("""
            with lengths as (
                select st.service_id, cast(:day as date) - st.start_date + 1 as days
                from stay st
                where st.alliance_id = :alliance and st.start_date <= :day
                  and (st.end_date is null or st.end_date > :day))
            """ + DISTRIBUTION)
        .param("alliance", alliance).param("day", day)
        .query(LengthStore::distribution).list();
  }

  private static LengthDistribution distribution(ResultSet rs, int n) throws SQLException {
    List<Long> bands = new ArrayList<>();
    for (int b = 0; b < LengthDistribution.BANDS.size(); b++) {
      bands.add(rs.getLong("b" + b));
    }
    @Nullable UUID service = rs.getObject("service_id", UUID.class);
    return new LengthDistribution(service, service == null ? "All services" : rs.getString("service_name"),
        rs.getObject("intended_max", Integer.class), rs.getLong("n"), rs.getLong("q1"), rs.getLong("median"),
        rs.getLong("q3"), rs.getLong("shortest"), rs.getLong("longest"), bands, rs.getLong("within_intended"),
        rs.getLong("with_intended"));
  }
}
