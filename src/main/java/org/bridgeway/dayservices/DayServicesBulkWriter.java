package org.bridgeway.dayservices;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.shared.CopyRows;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes past sessions, registrations, attendance and head counts in bulk (COPY), for the demo and benchmarks,
 * without per-row checks or audit: the rows are made by code that keeps the rules itself.
 */
@Component
public class DayServicesBulkWriter {

  /** A session with its id, as set up. */
  public record PastSession(UUID id, NewSession session) {}

  public record PastRegistration(UUID id, UUID serviceId, UUID personId, LocalDate start, @Nullable LocalDate end,
      @Nullable String endReason) {}

  public record PastAttendance(UUID sessionId, LocalDate date, UUID personId, boolean present) {}

  public record PastHeadCount(UUID sessionId, LocalDate date, int count) {}

  private final DataSource dataSource;

  DayServicesBulkWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Transactional
  public long write(UUID alliance, List<PastSession> sessions, List<PastRegistration> registrations,
      List<PastAttendance> attendance, List<PastHeadCount> headCounts) {
    CopyRows rows = new CopyRows();
    for (PastSession p : sessions) {
      NewSession s = p.session();
      rows.row(alliance, p.id(), s.serviceId(), s.kind().name(), s.title(), s.place(), s.facilitators(),
          s.capacity(), s.userLed(), s.firstDate(), s.startTime(), s.endTime(), s.rule());
    }
    rows.copy(dataSource, "copy day_session (alliance_id, id, service_id, kind, title, place, facilitators, capacity,"
        + " user_led, first_date, start_time, end_time, repeat_rule) from stdin");
    for (PastRegistration r : registrations) {
      rows.row(alliance, r.id(), r.serviceId(), r.personId(), r.start(), r.end(), r.endReason(), "demo");
    }
    rows.copy(dataSource, "copy day_registration (alliance_id, id, service_id, person_id, start_date, end_date,"
        + " end_reason, recorded_by) from stdin");
    for (PastAttendance a : attendance) {
      rows.row(alliance, a.sessionId(), a.date(), a.personId(), a.present(), "demo");
    }
    rows.copy(dataSource, "copy day_attendance (alliance_id, session_id, occurs_on, person_id, present, recorded_by)"
        + " from stdin");
    for (PastHeadCount h : headCounts) {
      rows.row(alliance, h.sessionId(), h.date(), h.count(), "demo");
    }
    rows.copy(dataSource, "copy day_head_count (alliance_id, session_id, occurs_on, head_count, recorded_by)"
        + " from stdin");
    return sessions.size() + registrations.size() + attendance.size() + headCounts.size();
  }
}
