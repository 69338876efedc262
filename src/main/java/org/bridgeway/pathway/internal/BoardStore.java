package org.bridgeway.pathway.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-only counts for the capacity board over tables {@code stay} and {@code move_plan}, each a single query
 * grouped by service, so the board costs the same few queries however many services and stays there are.
 */
@Component
public class BoardStore {

  /** Services matching the board's filter, for a service table aliased as given. */
  private static final String MATCHES = """
      ((cast(:organisation as uuid) is null or %1$s.organisation_id = cast(:organisation as uuid))
       and (cast(:locality as uuid) is null or %1$s.locality_id = cast(:locality as uuid))
       and (cast(:kind as text) is null or %1$s.kind = cast(:kind as text)))""";

  private final JdbcClient jdbc;

  BoardStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** People in a service on the day, and how many of those stays are expected to end in the look-ahead. */
  public record Occupancy(UUID serviceId, long occupied, long expectedVacancies) {}

  /** People with a ready move plan to the service (in) or from a stay there on the day (out). */
  public record PlanCount(UUID serviceId, boolean in, long people, @Nullable LocalDate earliestReady) {}

  /** A ready move plan with its person's name and the services it moves them from and to. */
  public record ReadyPlan(UUID personId, String name, @Nullable String fromService, UUID toServiceId,
      String toService, LocalDate readySince) {}

  /**
   * For each service with anyone in it on the day: the stays covering the day, and those of them expected to
   * end after the day and no later than {@code until}: a stay with an end date by that date; one with no end
   * date by its planned end date or by the target date of an open move plan out of it. Each stay counts once.
   */
  public List<Occupancy> occupancy(UUID alliance, LocalDate day, LocalDate until) {
    return jdbc.sql("""
            with covering as (
                select st.id, st.service_id, st.end_date, st.planned_end_date
                from stay st
                where st.alliance_id = :alliance and st.start_date <= :day
                  and (st.end_date is null or st.end_date > :day)),
            leaving as (
                select c.id from covering c
                where coalesce(c.end_date, c.planned_end_date) > :day
                  and coalesce(c.end_date, c.planned_end_date) <= :until
                union
                select c.id from covering c
                join move_plan mp on mp.alliance_id = :alliance and mp.from_stay_id = c.id
                where c.end_date is null and mp.status = 'PLANNED'
                  and mp.target_date > :day and mp.target_date <= :until)
            select c.service_id, count(*) as occupied, count(l.id) as expected
            from covering c left join leaving l on l.id = c.id
            group by c.service_id""")
        .param("alliance", alliance).param("day", day).param("until", until)
        .query((rs, n) -> new Occupancy(rs.getObject("service_id", UUID.class), rs.getLong("occupied"),
            rs.getLong("expected")))
        .list();
  }

  /**
   * Distinct people with an open move plan that is ready on the day (ready since that day or earlier), by the
   * service they are moving to, and by the service of the stay they are moving from when it covers the day.
   */
  public List<PlanCount> readyPlans(UUID alliance, LocalDate day) {
    return jdbc.sql("""
            select mp.to_service_id as service_id, true as moving_in, count(distinct mp.person_id) as people,
                   min(mp.ready_since) as earliest
            from move_plan mp
            where mp.alliance_id = :alliance and mp.status = 'PLANNED' and mp.readiness = 'READY'
              and mp.ready_since <= :day
            group by mp.to_service_id
            union all
            select fs.service_id, false, count(distinct mp.person_id), min(mp.ready_since)
            from move_plan mp
            join stay fs on fs.alliance_id = mp.alliance_id and fs.id = mp.from_stay_id
            where mp.alliance_id = :alliance and mp.status = 'PLANNED' and mp.readiness = 'READY'
              and mp.ready_since <= :day and fs.start_date <= :day and (fs.end_date is null or fs.end_date > :day)
            group by fs.service_id""")
        .param("alliance", alliance).param("day", day)
        .query((rs, n) -> new PlanCount(rs.getObject("service_id", UUID.class), rs.getBoolean("moving_in"),
            rs.getLong("people"), rs.getObject("earliest", LocalDate.class)))
        .list();
  }

  /** The ready move plans to or from a service matching the filter, as {@link #readyList} would list them all. */
  public long readyCount(UUID alliance, LocalDate day, @Nullable UUID organisation, @Nullable UUID locality,
      @Nullable ServiceKind kind) {
    return jdbc.sql("""
            select count(*)
            from move_plan mp
            join service tsv on tsv.alliance_id = mp.alliance_id and tsv.id = mp.to_service_id
            left join stay fs on fs.alliance_id = mp.alliance_id and fs.id = mp.from_stay_id
            left join service fsv on fsv.alliance_id = fs.alliance_id and fsv.id = fs.service_id
            where mp.alliance_id = :alliance and mp.status = 'PLANNED' and mp.readiness = 'READY'
              and mp.ready_since <= :day
              and (%s or (fsv.id is not null and %s))""".formatted(MATCHES.formatted("tsv"), MATCHES.formatted("fsv")))
        .param("alliance", alliance).param("day", day).param("organisation", organisation)
        .param("locality", locality).param("kind", kind == null ? null : kind.name())
        .query(Long.class).single();
  }

  /**
   * The ready move plans to or from a service matching the filter, longest waiting first, at most {@code limit},
   * with the person's name and the services' names; the names are read for those rows only, and with no filter
   * the plans are chosen from table {@code move_plan} alone.
   */
  public List<ReadyPlan> readyList(UUID alliance, LocalDate day, @Nullable UUID organisation,
      @Nullable UUID locality, @Nullable ServiceKind kind, int limit) {
    boolean filtered = organisation != null || locality != null || kind != null;
    String matching = !filtered ? "" : """
            and exists (select 1 from service tsv
                        where tsv.alliance_id = mp.alliance_id and tsv.id = mp.to_service_id and %s
                        union all
                        select 1 from stay fs
                        join service fsv on fsv.alliance_id = fs.alliance_id and fsv.id = fs.service_id
                        where fs.alliance_id = mp.alliance_id and fs.id = mp.from_stay_id and %s)"""
        .formatted(MATCHES.formatted("tsv"), MATCHES.formatted("fsv"));
    return jdbc.sql("""
            select r.person_id, r.to_service_id, r.ready_since, tsv.name as to_service, fsv.name as from_service,
                   coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name as name
            from (select mp.person_id, mp.from_stay_id, mp.to_service_id, mp.ready_since, mp.recorded_at, mp.id
                  from move_plan mp
                  where mp.alliance_id = :alliance and mp.status = 'PLANNED' and mp.readiness = 'READY'
                    and mp.ready_since <= :day %s
                  order by mp.ready_since, mp.recorded_at, mp.id
                  limit :limit) r
            join person p on p.alliance_id = :alliance and p.id = r.person_id
            join service tsv on tsv.alliance_id = :alliance and tsv.id = r.to_service_id
            left join stay fs on fs.alliance_id = :alliance and fs.id = r.from_stay_id
            left join service fsv on fsv.alliance_id = :alliance and fsv.id = fs.service_id
            order by r.ready_since, r.recorded_at, r.id""".formatted(matching))
        .param("alliance", alliance).param("day", day).param("organisation", organisation)
        .param("locality", locality).param("kind", kind == null ? null : kind.name()).param("limit", limit)
        .query((rs, n) -> new ReadyPlan(rs.getObject("person_id", UUID.class), rs.getString("name"),
            rs.getString("from_service"), rs.getObject("to_service_id", UUID.class), rs.getString("to_service"),
            rs.getObject("ready_since", LocalDate.class)))
        .list();
  }
}
