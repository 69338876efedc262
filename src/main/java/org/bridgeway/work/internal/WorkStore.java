package org.bridgeway.work.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.work.EmploymentStatus;
import org.bridgeway.work.Job;
import org.bridgeway.work.JobEndReason;
import org.bridgeway.work.NewJob;
import org.bridgeway.work.NewVocationalStatus;
import org.bridgeway.work.SupportContact;
import org.bridgeway.work.VocationalProfile;
import org.bridgeway.work.VocationalStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's statuses, profile, jobs and in-work support in their tables. */
@Component
public class WorkStore {

  private final JdbcClient jdbc;

  WorkStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertStatus(UUID alliance, UUID id, UUID person, NewVocationalStatus s, String by) {
    jdbc.sql("""
            insert into vocational_status (alliance_id, id, person_id, status_date, code, volunteering, education,
              training, hours_a_week, place, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, person, s.date(), s.status().code(), s.volunteering(), s.education(), s.training(),
            s.hoursAWeek(), blankToNull(s.place()), by).update();
  }

  /** The person's statuses, newest first. */
  public List<VocationalStatus> statuses(UUID alliance, UUID person) {
    return jdbc.sql("select * from vocational_status where alliance_id = ? and person_id = ?"
            + " order by status_date desc, recorded_at desc")
        .params(alliance, person).query(WorkStore::status).list();
  }

  public Optional<VocationalStatus> status(UUID alliance, UUID person, UUID id) {
    return jdbc.sql("select * from vocational_status where alliance_id = ? and person_id = ? and id = ?")
        .params(alliance, person, id).query(WorkStore::status).optional();
  }

  /** Replaces the status's content if it is still at the version read and not voided. */
  public boolean changeStatus(UUID alliance, UUID id, int version, NewVocationalStatus s, String by) {
    return jdbc.sql("""
            update vocational_status set status_date = ?, code = ?, volunteering = ?, education = ?, training = ?,
              hours_a_week = ?, place = ?, changed_by = ?, changed_at = now(), version = version + 1
            where alliance_id = ? and id = ? and version = ? and voided_at is null""")
        .params(s.date(), s.status().code(), s.volunteering(), s.education(), s.training(), s.hoursAWeek(),
            blankToNull(s.place()), by, alliance, id, version).update() == 1;
  }

  /** Voids the status if it is still at the version read and not voided already. */
  public boolean voidStatus(UUID alliance, UUID id, int version, String reason, String by) {
    return jdbc.sql("""
            update vocational_status set voided_at = now(), voided_by = ?, void_reason = ?, version = version + 1
            where alliance_id = ? and id = ? and version = ? and voided_at is null""")
        .params(by, reason, alliance, id, version).update() == 1;
  }

  /** Every status of the alliance dated on or before the day, voided ones left out. */
  public List<VocationalStatus> statusesUpTo(UUID alliance, LocalDate day) {
    return jdbc.sql("select * from vocational_status where alliance_id = ? and status_date <= ?"
            + " and voided_at is null")
        .params(alliance, day).query(WorkStore::status).list();
  }

  public VocationalProfile profile(UUID alliance, UUID person) {
    return jdbc.sql("select * from vocational_profile where alliance_id = ? and person_id = ?")
        .params(alliance, person).query((rs, n) -> new VocationalProfile(rs.getString("work_history"),
            rs.getString("skills"), rs.getString("preferences"), (Integer) rs.getObject("hours_wanted"),
            rs.getObject("benefits_advice_given", LocalDate.class), rs.getString("disclosure"), rs.getInt("version")))
        .optional().orElse(VocationalProfile.EMPTY);
  }

  /** Saves the profile if it is still at the version read; false when someone changed it since. */
  public boolean saveProfile(UUID alliance, UUID person, VocationalProfile p, String by) {
    if (p.version() == 0 && jdbc.sql("""
            insert into vocational_profile (alliance_id, person_id, work_history, skills, preferences, hours_wanted,
              benefits_advice_given, disclosure, updated_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
            on conflict do nothing""")
        .params(alliance, person, p.workHistory(), p.skills(), p.preferences(), p.hoursWanted(),
            p.benefitsAdviceGiven(), p.disclosure(), by).update() == 1) {
      return true;
    }
    return jdbc.sql("""
            update vocational_profile set work_history = ?, skills = ?, preferences = ?, hours_wanted = ?,
              benefits_advice_given = ?, disclosure = ?, updated_by = ?, updated_at = now(), version = version + 1
            where alliance_id = ? and person_id = ? and version = ?""")
        .params(p.workHistory(), p.skills(), p.preferences(), p.hoursWanted(), p.benefitsAdviceGiven(),
            p.disclosure(), by, alliance, person, p.version()).update() == 1;
  }

  public void insertJob(UUID alliance, UUID id, UUID person, NewJob j, String by) {
    jdbc.sql("""
            insert into job (alliance_id, id, person_id, employer, role, hours_a_week, hourly_pay_pence, competitive,
              start_date, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, person, j.employer().trim(), j.role().trim(), j.hoursAWeek(), j.hourlyPayPence(),
            j.competitive(), j.startDate(), by).update();
  }

  public List<Job> jobs(UUID alliance, UUID person) {
    return jdbc.sql("select * from job where alliance_id = ? and person_id = ? order by start_date desc, id")
        .params(alliance, person).query(WorkStore::job).list();
  }

  public Optional<Job> job(UUID alliance, UUID person, UUID id) {
    return jdbc.sql("select * from job where alliance_id = ? and person_id = ? and id = ?")
        .params(alliance, person, id).query(WorkStore::job).optional();
  }

  public boolean endJob(UUID alliance, UUID id, int version, LocalDate end, JobEndReason reason) {
    return jdbc.sql("""
            update job set end_date = ?, end_reason = ?, version = version + 1
            where alliance_id = ? and id = ? and version = ? and end_date is null""")
        .params(end, reason.name(), alliance, id, version).update() == 1;
  }

  public void insertSupport(UUID alliance, UUID id, UUID job, LocalDate date, String notes, String by) {
    jdbc.sql("insert into in_work_support (alliance_id, id, job_id, contact_date, notes, recorded_by)"
        + " values (?, ?, ?, ?, ?, ?)").params(alliance, id, job, date, notes, by).update();
  }

  public List<SupportContact> support(UUID alliance, UUID person) {
    return jdbc.sql("""
            select s.* from in_work_support s join job j on j.alliance_id = s.alliance_id and j.id = s.job_id
            where s.alliance_id = ? and j.person_id = ? order by s.contact_date desc, s.recorded_at desc""")
        .params(alliance, person).query((rs, n) -> new SupportContact(rs.getObject("id", UUID.class),
            rs.getObject("job_id", UUID.class), rs.getObject("contact_date", LocalDate.class),
            rs.getString("notes"), rs.getString("recorded_by"))).list();
  }

  static VocationalStatus status(ResultSet rs, int n) throws SQLException {
    return new VocationalStatus(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        rs.getObject("status_date", LocalDate.class), EmploymentStatus.ofCode(rs.getString("code")),
        rs.getBoolean("volunteering"), rs.getBoolean("education"), rs.getBoolean("training"),
        rs.getBigDecimal("hours_a_week"), rs.getString("place"), rs.getString("recorded_by"),
        rs.getTimestamp("recorded_at").toInstant(), rs.getInt("version"),
        rs.getTimestamp("voided_at") == null ? null : rs.getTimestamp("voided_at").toInstant(),
        rs.getString("voided_by"), rs.getString("void_reason"));
  }

  static Job job(ResultSet rs, int n) throws SQLException {
    String reason = rs.getString("end_reason");
    BigDecimal hours = rs.getBigDecimal("hours_a_week");
    return new Job(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("employer"),
        rs.getString("role"), hours.stripTrailingZeros().scale() < 0 ? hours.setScale(0) : hours.stripTrailingZeros(),
        (Long) rs.getObject("hourly_pay_pence"), rs.getBoolean("competitive"),
        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
        reason == null ? null : JobEndReason.valueOf(reason), rs.getInt("version"));
  }

  static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
