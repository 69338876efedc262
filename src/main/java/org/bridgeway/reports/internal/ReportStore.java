package org.bridgeway.reports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts behind the reports, read with SQL over the stays, services, referrals, care teams and people, as
 * no module publishes them grouped this way. The terms are those of the alliance figures: a stay covers the days
 * from its start up to the day before its end, so it covers day d when {@code start_date <= d and (end_date is
 * null or end_date > d)}; waits are nearest-rank (PostgreSQL's {@code percentile_disc}).
 */
@Component
public class ReportStore {

  private static final String COVERS = " st.start_date <= :day and (st.end_date is null or st.end_date > :day)";

  /** The people on the caseload on the day, as the alliance figures define it: a stay or a care-team member. */
  private static final String CASELOAD = """
      select st.person_id from stay st where st.alliance_id = :alliance and""" + COVERS + """
       union
      select m.person_id from care_team_member m where m.alliance_id = :alliance and m.start_date <= :day
        and (m.end_date is null or m.end_date > :day)""";

  private final JdbcClient jdbc;

  ReportStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** People with a stay covering the day, by service. */
  public Map<UUID, Long> peopleByService(UUID alliance, LocalDate day) {
    return counts("select st.service_id as k, count(distinct st.person_id) as n from stay st"
        + " where st.alliance_id = :alliance and" + COVERS + " group by st.service_id", alliance, day);
  }

  /** Stays covering the day, by service: the places in use. */
  public Map<UUID, Long> staysByService(UUID alliance, LocalDate day) {
    return counts("select st.service_id as k, count(*) as n from stay st"
        + " where st.alliance_id = :alliance and" + COVERS + " group by st.service_id", alliance, day);
  }

  /** People with a stay covering the day, by kind of service. */
  public Map<String, Long> peopleByKind(UUID alliance, LocalDate day) {
    return jdbc.sql("select sv.kind as k, count(distinct st.person_id) as n from stay st"
            + " join service sv on sv.alliance_id = st.alliance_id and sv.id = st.service_id"
            + " where st.alliance_id = :alliance and" + COVERS + " group by sv.kind")
        .param("alliance", alliance).param("day", day)
        .query((rs, i) -> Map.entry(rs.getString("k"), rs.getLong("n"))).list().stream()
        .collect(HashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), HashMap::putAll);
  }

  /**
   * People on the caseload through an organisation on the day: a stay at one of its services, or one of its
   * staff on their care team (as the figures narrow the caseload to an organisation).
   */
  public Map<UUID, Long> peopleByOrganisation(UUID alliance, LocalDate day) {
    return counts("""
        select k, count(distinct person_id) as n from (
            select sv.organisation_id as k, st.person_id from stay st
            join service sv on sv.alliance_id = st.alliance_id and sv.id = st.service_id
            where st.alliance_id = :alliance and""" + COVERS + """
             union
            select sf.organisation_id as k, m.person_id from care_team_member m
            join staff sf on sf.alliance_id = m.alliance_id and sf.id = m.staff_id
            where m.alliance_id = :alliance and m.start_date <= :day and (m.end_date is null or m.end_date > :day)
        ) p group by k""", alliance, day);
  }

  /** How many people are on the caseload on the day. */
  public long caseloadSize(UUID alliance, LocalDate day) {
    return jdbc.sql("select count(*) from (" + CASELOAD + ") c").param("alliance", alliance).param("day", day)
        .query(Long.class).single();
  }

  /** One person on the caseload, with what the equality report groups by. */
  public record Monitored(LocalDate dateOfBirth, @Nullable String gender, @Nullable String ethnicity) {}

  public List<Monitored> caseloadPeople(UUID alliance, LocalDate day) {
    return jdbc.sql("select p.date_of_birth, p.gender, p.ethnicity from person p where p.alliance_id = :alliance"
            + " and p.id in (" + CASELOAD + ")").param("alliance", alliance).param("day", day)
        .query((rs, i) -> new Monitored(rs.getObject("date_of_birth", LocalDate.class), rs.getString("gender"),
            rs.getString("ethnicity"))).list();
  }

  /** Waits of one service: how many, and the nearest-rank median and 90th percentile in days. */
  public record Waits(long count, @Nullable BigDecimal median, @Nullable BigDecimal ninetieth) {}

  /** Received to decision, over the referrals decided in the period, by the service they ask for. */
  public Map<UUID, Waits> toDecision(UUID alliance, LocalDate first, LocalDate last) {
    return waits("r.decided_on - r.received_on", "r.decided_on", alliance, first, last);
  }

  /** Decision to first contact, over the referrals first seen in the period, by the service they ask for. */
  public Map<UUID, Waits> toFirstContact(UUID alliance, LocalDate first, LocalDate last) {
    return waits("r.first_contact_on - r.decided_on", "r.first_contact_on", alliance, first, last);
  }

  private Map<UUID, Waits> waits(String days, String day, UUID alliance, LocalDate first, LocalDate last) {
    Map<UUID, Waits> result = new HashMap<>();
    jdbc.sql("select q.service_id, count(*) as n,"
            + " percentile_disc(0.5) within group (order by " + days + ") as median,"
            + " percentile_disc(0.9) within group (order by " + days + ") as ninetieth"
            + " from referral r join (select distinct alliance_id, referral_id, service_id from referral_request"
            + " where alliance_id = :alliance and service_id is not null) q"
            + " on q.alliance_id = r.alliance_id and q.referral_id = r.id"
            + " where r.alliance_id = :alliance and r.decided_on is not null and " + day
            + " between :first and :last group by q.service_id")
        .param("alliance", alliance).param("first", first).param("last", last)
        .query((rs, i) -> result.put(rs.getObject("service_id", UUID.class), new Waits(rs.getLong("n"),
            rs.getBigDecimal("median"), rs.getBigDecimal("ninetieth")))).list();
    return result;
  }

  /** Completed stays of one kind of service: how many, and their lengths in days. */
  public record Lengths(long count, @Nullable BigDecimal median, @Nullable BigDecimal mean, @Nullable Long longest) {}

  /**
   * Stays ending in the period, by kind of service; a stay's length is its covered days, the end date − the
   * start date. The median is nearest-rank, the mean to one decimal place (half-up).
   */
  public Map<String, Lengths> completedStays(UUID alliance, LocalDate first, LocalDate last) {
    Map<String, Lengths> result = new HashMap<>();
    jdbc.sql("""
            select sv.kind, count(*) as n,
                   percentile_disc(0.5) within group (order by st.end_date - st.start_date) as median,
                   round(avg(st.end_date - st.start_date), 1) as mean,
                   max(st.end_date - st.start_date) as longest
            from stay st join service sv on sv.alliance_id = st.alliance_id and sv.id = st.service_id
            where st.alliance_id = :alliance and st.end_date between :first and :last
            group by sv.kind""")
        .param("alliance", alliance).param("first", first).param("last", last)
        .query((rs, i) -> result.put(rs.getString("kind"), new Lengths(rs.getLong("n"), rs.getBigDecimal("median"),
            rs.getBigDecimal("mean"), rs.getLong("longest")))).list();
    return result;
  }

  /** Stays covering the day whose covered days so far exceed their service's intended longest stay, by kind. */
  public Map<String, Long> overstayingByKind(UUID alliance, LocalDate day) {
    return jdbc.sql("select sv.kind as k, count(*) as n from stay st"
            + " join service sv on sv.alliance_id = st.alliance_id and sv.id = st.service_id"
            + " where st.alliance_id = :alliance and sv.intended_stay_max_days is not null and" + COVERS
            + " and cast(:day as date) - st.start_date + 1 > sv.intended_stay_max_days group by sv.kind")
        .param("alliance", alliance).param("day", day)
        .query((rs, i) -> Map.entry(rs.getString("k"), rs.getLong("n"))).list().stream()
        .collect(HashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), HashMap::putAll);
  }

  private Map<UUID, Long> counts(String sql, UUID alliance, LocalDate day) {
    Map<UUID, Long> result = new HashMap<>();
    jdbc.sql(sql).param("alliance", alliance).param("day", day)
        .query((rs, i) -> result.put(rs.getObject("k", UUID.class), rs.getLong("n"))).list();
    return result;
  }
}
