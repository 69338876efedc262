package org.bridgeway.figures.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.figures.Filters;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pathway charts' counts, read with SQL over the stays, the services and the alliance's ladder: the moves
 * between kinds of setting in a period, the entries to the ladder, and the stays in each service on month ends.
 * A stay covers the days from its start up to the day before its end. Only kinds on the ladder take part in
 * the flows; the next stay after one ends is found as the "moved on" figure finds it
 * ({@link PathwayFigureStore#movedOn}): the person's stay on the ladder starting on the end date or within 7
 * days after it, the earliest, and of two on one day the more restrictive. The flows are narrowed by the
 * dashboard's filters on the service of the stay counted: for an ending, the service left; for an entry, the
 * service entered.
 */
@Component
public class FlowStore {

  private static final String ON_LADDER = """
      join service %1$ssv on %1$ssv.alliance_id = %1$s.alliance_id and %1$ssv.id = %1$s.service_id
      join ladder_level %1$slv on %1$slv.alliance_id = %1$ssv.alliance_id and %1$slv.kind = %1$ssv.kind
      """;

  /** The filters, on the service {@code %1$ssv} of the stay counted: for an ending the service left. */
  private static final String FILTERS = """
       and (cast(:organisation as uuid) is null or %1$ssv.organisation_id = :organisation)
       and (cast(:service as uuid) is null or %1$ssv.id = :service)
       and (cast(:kind as text) is null or %1$ssv.kind = :kind)
       and (cast(:locality as uuid) is null or %1$ssv.locality_id = :locality)
      """;

  private final JdbcClient jdbc;

  FlowStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stays on the ladder ending in the period, counted by their kind and where they led: the kind of the next
   * stay ({@code to} empty when there is none within 7 days, or the stay ended by death).
   */
  public record Ending(ServiceKind from, @Nullable ServiceKind to, boolean died, long stays) {}

  /** Stays on the ladder starting in the period that no stay on the ladder led to: arrivals from elsewhere. */
  public record Entry(ServiceKind to, long stays) {}

  /** The stays in a service covering a day. */
  public record InUse(LocalDate day, UUID serviceId, long stays) {}

  public List<Ending> endings(UUID alliance, LocalDate first, LocalDate last, Filters filters) {
    return jdbc.sql("select esv.kind as from_kind, n.kind as to_kind, e.end_reason = 'DIED' as died, count(*) as n"
            + " from stay e " + ON_LADDER.formatted("e") + """
             left join lateral (
                select nsv.kind from stay n""" + " " + ON_LADDER.formatted("n") + """
                 where n.alliance_id = e.alliance_id and n.person_id = e.person_id and n.id <> e.id
                  and n.start_date between e.end_date and e.end_date + 7
                order by n.start_date, nlv.level, nsv.kind limit 1) n on e.end_reason <> 'DIED'
            where e.alliance_id = :alliance and e.end_date between :first and :last""" + FILTERS.formatted("e")
            + " group by esv.kind, n.kind, e.end_reason = 'DIED'")
        .param("alliance", alliance).param("first", first).param("last", last)
        .param("organisation", filters.organisationId()).param("service", filters.serviceId())
        .param("kind", filters.serviceKind() == null ? null : filters.serviceKind().name())
        .param("locality", filters.localityId())
        .query((rs, i) -> new Ending(ServiceKind.valueOf(rs.getString("from_kind")),
            rs.getString("to_kind") == null ? null : ServiceKind.valueOf(rs.getString("to_kind")),
            rs.getBoolean("died"), rs.getLong("n")))
        .list();
  }

  /**
   * Stays on the ladder starting in the period where no other stay of the person on the ladder covers the day
   * before the start or ended in the 7 days up to it.
   */
  public List<Entry> entries(UUID alliance, LocalDate first, LocalDate last, Filters filters) {
    return jdbc.sql("select ssv.kind, count(*) as n from stay s " + ON_LADDER.formatted("s") + """
             where s.alliance_id = :alliance and s.start_date between :first and :last
              and not exists (select 1 from stay o""" + " " + ON_LADDER.formatted("o") + """
                 where o.alliance_id = s.alliance_id and o.person_id = s.person_id and o.id <> s.id
                  and o.start_date < s.start_date
                  and (o.end_date is null or o.end_date >= s.start_date - 7))""" + FILTERS.formatted("s")
            + " group by ssv.kind")
        .param("alliance", alliance).param("first", first).param("last", last)
        .param("organisation", filters.organisationId()).param("service", filters.serviceId())
        .param("kind", filters.serviceKind() == null ? null : filters.serviceKind().name())
        .param("locality", filters.localityId())
        .query((rs, i) -> new Entry(ServiceKind.valueOf(rs.getString("kind")), rs.getLong("n")))
        .list();
  }

  /** For each month end from the first month to the last, the stays covering it in each service. */
  public List<InUse> inUseOnMonthEnds(UUID alliance, YearMonth firstMonth, YearMonth lastMonth) {
    return jdbc.sql("""
            with month_end as (
                select cast(g + interval '1 month' - interval '1 day' as date) as day
                from generate_series(cast(:first as date), cast(:last as date), interval '1 month') g)
            select d.day, st.service_id, count(*) as n
            from month_end d
            join stay st on st.alliance_id = :alliance and st.start_date <= d.day
             and (st.end_date is null or st.end_date > d.day)
            group by d.day, st.service_id""")
        .param("alliance", alliance).param("first", firstMonth.atDay(1)).param("last", lastMonth.atDay(1))
        .query((rs, i) -> new InUse(rs.getObject("day", LocalDate.class), rs.getObject("service_id", UUID.class),
            rs.getLong("n")))
        .list();
  }
}
