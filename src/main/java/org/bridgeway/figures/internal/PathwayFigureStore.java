package org.bridgeway.figures.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Measure;
import org.bridgeway.figures.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * The pathway figures, read with SQL over the stays, the services, the alliance's ladder, the referrals and the
 * care teams; each query answers one figure for one period. The definitions are those of
 * {@link org.bridgeway.figures.FigureId}. A stay covers the days from its start up to the day before its end, so
 * a stay covers day d when {@code start_date <= d and (end_date is null or end_date > d)}.
 */
@Component
public class PathwayFigureStore {

  static final String RESIDENTIAL = "('NURSING_CARE', 'RESIDENTIAL_CARE')";

  /** The filters, on the service {@code sv}. */
  static final String FILTERS = "\n" + """
       and (cast(:organisation as uuid) is null or sv.organisation_id = :organisation)
       and (cast(:service as uuid) is null or sv.id = :service)
       and (cast(:kind as text) is null or sv.kind = :kind)
       and (cast(:locality as uuid) is null or sv.locality_id = :locality)""";

  private static final String STAYS = "\n" + """
      from stay st join service sv on sv.alliance_id = st.alliance_id and sv.id = st.service_id
      where st.alliance_id = :alliance""";

  private final JdbcClient jdbc;

  PathwayFigureStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Measure residentialPlacements(UUID alliance, Period period, Filters filters) {
    return count("select count(distinct st.person_id) " + STAYS + " and sv.kind in " + RESIDENTIAL
        + " and st.start_date <= :last and (st.end_date is null or st.end_date > :last)", alliance, period, filters);
  }

  public Measure rehabAdmissions(UUID alliance, Period period, Filters filters) {
    return count("select count(*) " + STAYS + " and sv.kind = 'INPATIENT_REHABILITATION'"
        + " and st.start_date between :first and :last", alliance, period, filters);
  }

  /** No other residential stay of the person covers the day before the start, or the day before that. */
  public Measure residentialEntrances(UUID alliance, Period period, Filters filters) {
    return count("select count(*) " + STAYS + " and sv.kind in " + RESIDENTIAL
        + " and st.start_date between :first and :last and not exists (select 1 from stay o"
        + " join service osv on osv.alliance_id = o.alliance_id and osv.id = o.service_id"
        + " where o.alliance_id = st.alliance_id and o.person_id = st.person_id and o.id <> st.id"
        + " and osv.kind in " + RESIDENTIAL + " and o.start_date <= st.start_date - 1"
        + " and (o.end_date is null or o.end_date > st.start_date - 2))", alliance, period, filters);
  }

  /** Ended not by death, and no other residential stay of the person covers the end date or the day after. */
  public Measure residentialDischarges(UUID alliance, Period period, Filters filters) {
    return count("select count(*) " + STAYS + " and sv.kind in " + RESIDENTIAL
        + " and st.end_date between :first and :last and st.end_reason <> 'DIED' and not exists (select 1 from stay o"
        + " join service osv on osv.alliance_id = o.alliance_id and osv.id = o.service_id"
        + " where o.alliance_id = st.alliance_id and o.person_id = st.person_id and o.id <> st.id"
        + " and osv.kind in " + RESIDENTIAL + " and o.start_date <= st.end_date + 1"
        + " and (o.end_date is null or o.end_date > st.end_date))", alliance, period, filters);
  }

  /**
   * People whose rehabilitation or residential stay ended in the period, not by death, whose next stay on the
   * ladder (starting on the end date up to 7 days after; of two on one day the lower level) is at a higher
   * level, or whose stay ended with the reason "returned home".
   */
  public Measure movedOn(UUID alliance, Period period, Filters filters) {
    return count("""
        select count(distinct e.person_id) from (
            select st.id, st.person_id, st.end_date, st.end_reason, lv.level
            from stay st
            join service sv on sv.alliance_id = st.alliance_id and sv.id = st.service_id
            join ladder_level lv on lv.alliance_id = sv.alliance_id and lv.kind = sv.kind
            where st.alliance_id = :alliance
              and sv.kind in ('INPATIENT_REHABILITATION', 'NURSING_CARE', 'RESIDENTIAL_CARE')
              and st.end_date between :first and :last and st.end_reason <> 'DIED'""" + FILTERS + """
            ) e
        where e.end_reason = 'RETURNED_HOME' or (
            select nlv.level from stay n
            join service nsv on nsv.alliance_id = n.alliance_id and nsv.id = n.service_id
            join ladder_level nlv on nlv.alliance_id = nsv.alliance_id and nlv.kind = nsv.kind
            where n.alliance_id = :alliance and n.person_id = e.person_id and n.id <> e.id
              and n.start_date between e.end_date and e.end_date + 7
            order by n.start_date, nlv.level limit 1) > e.level""", alliance, period, filters, false);
  }

  /** Stays covering the last day whose covered days so far exceed their service's intended longest stay. */
  public Measure overstaying(UUID alliance, Period period, Filters filters) {
    return count("select count(*) " + STAYS + " and sv.intended_stay_max_days is not null"
        + " and st.start_date <= :last and (st.end_date is null or st.end_date > :last)"
        + " and cast(:last as date) - st.start_date + 1 > sv.intended_stay_max_days", alliance, period, filters);
  }

  /** The people on the caseload on the day (see {@link org.bridgeway.figures.FigureId#CASELOAD}). */
  public Set<UUID> caseload(UUID alliance, LocalDate day, Filters filters) {
    boolean careTeams = !filters.any() || filters.organisationOnly();
    return new HashSet<>(bind(jdbc.sql("select st.person_id " + STAYS
            + " and st.start_date <= :last and (st.end_date is null or st.end_date > :last)" + FILTERS + """
             union
            select m.person_id from care_team_member m
            join staff sf on sf.alliance_id = m.alliance_id and sf.id = m.staff_id
            where m.alliance_id = :alliance and :careTeams and m.start_date <= :last
              and (m.end_date is null or m.end_date > :last)
              and (cast(:organisation as uuid) is null or sf.organisation_id = :organisation)"""),
        alliance, new Period(day, day), filters).param("careTeams", careTeams).query(UUID.class).list());
  }

  /** Waits in days and their nearest-rank median and 90th percentile. */
  public record Waits(long count, BigDecimal median, BigDecimal ninetieth) {}

  /** Received to decision, over referrals decided in the period. */
  public Waits toDecision(UUID alliance, Period period, Filters filters) {
    return waits("r.decided_on - r.received_on", "r.decided_on", alliance, period, filters);
  }

  /** Decision to first contact, over referrals first seen in the period. */
  public Waits toFirstContact(UUID alliance, Period period, Filters filters) {
    return waits("r.first_contact_on - r.decided_on", "r.first_contact_on", alliance, period, filters);
  }

  private Waits waits(String days, String day, UUID alliance, Period period, Filters filters) {
    String narrowed = filters.any() ? " and exists (select 1 from referral_request q join service sv"
        + " on sv.alliance_id = q.alliance_id and sv.id = q.service_id"
        + " where q.alliance_id = r.alliance_id and q.referral_id = r.id" + FILTERS + ")" : "";
    return bind(jdbc.sql("select count(*) as n,"
            + " percentile_disc(0.5) within group (order by " + days + ") as median,"
            + " percentile_disc(0.9) within group (order by " + days + ") as ninetieth"
            + " from referral r where r.alliance_id = :alliance and r.decided_on is not null and " + day
            + " between :first and :last" + narrowed), alliance, period, filters)
        .query((rs, n) -> new Waits(rs.getLong("n"), rs.getBigDecimal("median"), rs.getBigDecimal("ninetieth")))
        .single();
  }

  private Measure count(String sql, UUID alliance, Period period, Filters filters) {
    return count(sql, alliance, period, filters, true);
  }

  private Measure count(String sql, UUID alliance, Period period, Filters filters, boolean addFilters) {
    Long n = bind(jdbc.sql(addFilters ? sql + FILTERS : sql), alliance, period, filters).query(Long.class).single();
    return Measure.count(n);
  }

  static StatementSpec bind(StatementSpec spec, UUID alliance, Period period, Filters filters) {
    return spec.param("alliance", alliance).param("first", period.start()).param("last", period.end())
        .param("organisation", filters.organisationId()).param("service", filters.serviceId())
        .param("kind", filters.serviceKind() == null ? null : filters.serviceKind().name())
        .param("locality", filters.localityId());
  }
}
