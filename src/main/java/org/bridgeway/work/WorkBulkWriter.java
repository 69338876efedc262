package org.bridgeway.work;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.shared.CopyRows;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a past of work, learning and volunteering in bulk, for the demo: statuses, caseload allocations, jobs,
 * employer contacts and fidelity reviews. The rows are checked by the same rules as one at a time.
 */
@Component
public class WorkBulkWriter {

  /** A status from a date. */
  public record PastStatus(UUID personId, LocalDate date, EmploymentStatus status, boolean volunteering,
      boolean education, @Nullable BigDecimal hours, @Nullable String place) {}

  /** A person on a team's caseload with a specialist. */
  public record PastAllocation(UUID serviceId, UUID personId, UUID specialistId, LocalDate start,
      @Nullable LocalDate end) {}

  /** A job, ended or not, with in-work support contact dates. */
  public record PastJob(UUID personId, NewJob job, @Nullable LocalDate end, @Nullable JobEndReason reason,
      List<LocalDate> support) {}

  /** A contact with an employer. */
  public record PastContact(UUID serviceId, UUID specialistId, String employer, LocalDate date,
      EmployerContactKind kind) {}

  /** A fidelity review. */
  public record PastReview(UUID serviceId, NewFidelityReview review) {}

  private final DataSource dataSource;

  WorkBulkWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void write(UUID alliance, List<PastStatus> statuses, List<PastAllocation> allocations,
      List<PastJob> jobs, List<PastContact> contacts, List<PastReview> reviews) {
    CopyRows rows = new CopyRows();
    for (PastStatus s : statuses) {
      rows.row(alliance, UUID.randomUUID(), s.personId(), s.date(), s.status().code(), s.volunteering(),
          s.education(), false, s.hours(), s.place(), "demo");
    }
    rows.copy(dataSource, "copy vocational_status (alliance_id, id, person_id, status_date, code, volunteering,"
        + " education, training, hours_a_week, place, recorded_by) from stdin");
    for (PastAllocation a : allocations) {
      rows.row(alliance, UUID.randomUUID(), a.serviceId(), a.personId(), a.specialistId(), a.start(), a.end(),
          "demo");
    }
    rows.copy(dataSource, "copy work_caseload (alliance_id, id, service_id, person_id, specialist_id, start_date,"
        + " end_date, recorded_by) from stdin");
    CopyRows support = new CopyRows();
    for (PastJob j : jobs) {
      PersonWork.refuse(j.job().problems());
      if (j.end() != null && j.end().isBefore(j.job().startDate())) {
        throw new IllegalArgumentException("A job ends before it starts");
      }
      UUID id = UUID.randomUUID();
      NewJob n = j.job();
      rows.row(alliance, id, j.personId(), n.employer(), n.role(), n.hoursAWeek(), n.hourlyPayPence(),
          n.competitive(), n.startDate(), j.end(), j.reason() == null ? null : j.reason().name(), "demo");
      for (LocalDate day : j.support()) {
        support.row(alliance, UUID.randomUUID(), id, day, "Checked in with them and their manager.", "demo");
      }
    }
    rows.copy(dataSource, "copy job (alliance_id, id, person_id, employer, role, hours_a_week, hourly_pay_pence,"
        + " competitive, start_date, end_date, end_reason, recorded_by) from stdin");
    support.copy(dataSource, "copy in_work_support (alliance_id, id, job_id, contact_date, notes, recorded_by)"
        + " from stdin");
    for (PastContact c : contacts) {
      rows.row(alliance, UUID.randomUUID(), c.serviceId(), c.specialistId(), c.employer(), c.date(),
          c.kind().name(), null, "demo");
    }
    rows.copy(dataSource, "copy employer_contact (alliance_id, id, service_id, specialist_id, employer,"
        + " contact_date, kind, notes, recorded_by) from stdin");
    CopyRows scores = new CopyRows();
    for (PastReview r : reviews) {
      PersonWork.refuse(r.review().problems());
      UUID id = UUID.randomUUID();
      int total = r.review().scores().stream().mapToInt(Integer::intValue).sum();
      rows.row(alliance, id, r.serviceId(), r.review().date(), r.review().reviewers(), total, "demo");
      for (int i = 0; i < r.review().scores().size(); i++) {
        scores.row(alliance, id, i + 1, r.review().scores().get(i));
      }
    }
    rows.copy(dataSource, "copy fidelity_review (alliance_id, id, service_id, review_date, reviewers, total,"
        + " recorded_by) from stdin");
    scores.copy(dataSource, "copy fidelity_score (alliance_id, review_id, item, score) from stdin");
  }
}
