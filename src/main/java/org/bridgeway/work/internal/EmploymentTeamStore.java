package org.bridgeway.work.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.work.CaseloadEntry;
import org.bridgeway.work.EmployerContact;
import org.bridgeway.work.EmployerContactKind;
import org.bridgeway.work.EmploymentStatus;
import org.bridgeway.work.FidelityReview;
import org.bridgeway.work.NewFidelityReview;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An employment team's caseload, employer contacts and fidelity reviews. The caseload joins the person and staff
 * tables read-only for names, and each person's latest status and open job.
 */
@Component
public class EmploymentTeamStore {

  private final JdbcClient jdbc;

  EmploymentTeamStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void allocate(UUID alliance, UUID id, UUID service, UUID person, UUID specialist, LocalDate start,
      String by) {
    jdbc.sql("insert into work_caseload (alliance_id, id, service_id, person_id, specialist_id, start_date,"
            + " recorded_by) values (?, ?, ?, ?, ?, ?, ?)")
        .params(alliance, id, service, person, specialist, start, by).update();
  }

  /** Ends an open allocation; false when it has ended already. */
  public boolean endAllocation(UUID alliance, UUID service, UUID id, LocalDate end, String reason, String by) {
    return jdbc.sql("""
            update work_caseload set end_date = ?, end_reason = ?, ended_by = ?
            where alliance_id = ? and service_id = ? and id = ? and end_date is null and start_date <= ?""")
        .params(end, reason, by, alliance, service, id, end).update() == 1;
  }

  /** The team's open caseload on the day, optionally only one specialist's. */
  public List<CaseloadEntry> caseload(UUID alliance, UUID service, LocalDate day, @Nullable UUID specialist) {
    return jdbc.sql(SELECT + """
            where c.alliance_id = :alliance and c.service_id = :service and c.start_date <= :day
              and (c.end_date is null or c.end_date > :day)"""
            + (specialist == null ? "" : " and c.specialist_id = :specialist")
            + " order by specialist_name, person_name")
        .param("alliance", alliance).param("service", service).param("day", day)
        .param("specialist", specialist == null ? UUID.randomUUID() : specialist)
        .query(EmploymentTeamStore::entry).list();
  }

  /** Every allocation of the person, in any team, newest first. */
  public List<CaseloadEntry> allocationsOf(UUID alliance, UUID person, LocalDate day) {
    return jdbc.sql(SELECT + " where c.alliance_id = :alliance and c.person_id = :person"
            + " order by c.start_date desc, c.recorded_at desc")
        .param("alliance", alliance).param("person", person).param("day", day)
        .query(EmploymentTeamStore::entry).list();
  }

  public Optional<CaseloadEntry> allocation(UUID alliance, UUID service, UUID id, LocalDate day) {
    return jdbc.sql(SELECT + " where c.alliance_id = :alliance and c.service_id = :service and c.id = :id")
        .param("alliance", alliance).param("service", service).param("id", id).param("day", day)
        .query(EmploymentTeamStore::entry).optional();
  }

  private static final String SELECT = """
      select c.*, coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name as person_name,
        s.given_name || ' ' || s.family_name as specialist_name,
        (select v.code from vocational_status v where v.alliance_id = c.alliance_id
           and v.person_id = c.person_id and v.status_date <= :day and v.voided_at is null
           order by v.status_date desc, v.recorded_at desc limit 1) as code,
        (select j.role || ' at ' || j.employer from job j where j.alliance_id = c.alliance_id
           and j.person_id = c.person_id and j.start_date <= :day and (j.end_date is null or j.end_date > :day)
           order by j.start_date desc limit 1) as current_job,
        latest.job as latest_job, latest.start_date as latest_job_start
      from work_caseload c
      join person p on p.alliance_id = c.alliance_id and p.id = c.person_id
      join staff s on s.alliance_id = c.alliance_id and s.id = c.specialist_id
      left join lateral (select j.role || ' at ' || j.employer as job, j.start_date from job j
        where j.alliance_id = c.alliance_id and j.person_id = c.person_id and j.start_date <= :day
        order by j.start_date desc, j.recorded_at desc limit 1) latest on true
      """;

  private static CaseloadEntry entry(ResultSet rs, int n) throws SQLException {
    String code = rs.getString("code");
    return new CaseloadEntry(rs.getObject("id", UUID.class), rs.getObject("service_id", UUID.class),
        rs.getObject("person_id", UUID.class), rs.getString("person_name"),
        rs.getObject("specialist_id", UUID.class), rs.getString("specialist_name"),
        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
        rs.getString("end_reason"), code == null ? null : EmploymentStatus.ofCode(code),
        rs.getString("current_job"), rs.getString("latest_job"), rs.getObject("latest_job_start", LocalDate.class));
  }

  public void insertContact(UUID alliance, UUID id, UUID service, @Nullable UUID specialist, String employer,
      LocalDate date, EmployerContactKind kind, @Nullable String notes, String by) {
    jdbc.sql("insert into employer_contact (alliance_id, id, service_id, specialist_id, employer, contact_date,"
            + " kind, notes, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(alliance, id, service, specialist, employer, date, kind.name(), notes, by).update();
  }

  public List<EmployerContact> contacts(UUID alliance, UUID service, int limit) {
    return jdbc.sql("""
            select e.*, s.given_name || ' ' || s.family_name as specialist_name from employer_contact e
            left join staff s on s.alliance_id = e.alliance_id and s.id = e.specialist_id
            where e.alliance_id = ? and e.service_id = ? order by e.contact_date desc, e.recorded_at desc limit ?""")
        .params(alliance, service, limit).query((rs, n) -> new EmployerContact(rs.getObject("id", UUID.class),
            service, rs.getObject("specialist_id", UUID.class), rs.getString("specialist_name"),
            rs.getString("employer"), rs.getObject("contact_date", LocalDate.class),
            EmployerContactKind.valueOf(rs.getString("kind")), rs.getString("notes"))).list();
  }

  public void insertReview(UUID alliance, UUID id, UUID service, NewFidelityReview r, int total, String by) {
    jdbc.sql("insert into fidelity_review (alliance_id, id, service_id, review_date, reviewers, total, recorded_by)"
        + " values (?, ?, ?, ?, ?, ?, ?)").params(alliance, id, service, r.date(), r.reviewers().trim(), total, by)
        .update();
    for (int i = 0; i < r.scores().size(); i++) {
      jdbc.sql("insert into fidelity_score (alliance_id, review_id, item, score) values (?, ?, ?, ?)")
          .params(alliance, id, i + 1, r.scores().get(i)).update();
    }
  }

  /** The team's reviews, newest first. */
  public List<FidelityReview> reviews(UUID alliance, UUID service) {
    record Head(UUID id, LocalDate date, String reviewers) {}
    List<Head> heads = jdbc.sql("select id, review_date, reviewers from fidelity_review where alliance_id = ?"
            + " and service_id = ? order by review_date desc, recorded_at desc").params(alliance, service)
        .query((rs, n) -> new Head(rs.getObject("id", UUID.class), rs.getObject("review_date", LocalDate.class),
            rs.getString("reviewers"))).list();
    List<FidelityReview> reviews = new ArrayList<>();
    for (Head h : heads) {
      List<Integer> scores = jdbc.sql("select score from fidelity_score where alliance_id = ? and review_id = ?"
          + " order by item").params(alliance, h.id()).query(Integer.class).list();
      reviews.add(new FidelityReview(h.id(), service, h.date(), h.reviewers(), scores));
    }
    return reviews;
  }
}
