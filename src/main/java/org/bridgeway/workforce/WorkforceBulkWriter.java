package org.bridgeway.workforce;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.bridgeway.workforce.internal.RecruitmentStore;
import org.bridgeway.workforce.internal.RotaStore;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes staff bases, rotas, rota rights and recruitment panels in bulk for data built elsewhere (the demo),
 * without the per-record checks and audit of {@link Rota}, {@link RotaRights} and {@link Recruitment}: the caller
 * guarantees that no one is put on two overlapping shifts and that each right is for the service the person lives
 * in.
 */
@Component
public class WorkforceBulkWriter {

  /** A member of staff based at a service from a day. */
  public record BulkBase(UUID staffId, UUID serviceId, LocalDate start) {}

  /** A member of staff on a shift. */
  public record BulkCover(UUID shiftId, UUID staffId, LocalDateTime starts, LocalDateTime ends) {}

  /** A panel member: a member of staff, or a name. */
  public record BulkMember(UUID panelId, @Nullable UUID staffId, String name, boolean usesServices, boolean chair) {}

  private final JdbcTemplate jdbc;
  private final RotaStore rota;
  private final RecruitmentStore recruitment;

  WorkforceBulkWriter(JdbcTemplate jdbc, RotaStore rota, RecruitmentStore recruitment) {
    this.jdbc = jdbc;
    this.rota = rota;
    this.recruitment = recruitment;
  }

  public void bases(UUID alliance, List<BulkBase> bases, String by) {
    jdbc.batchUpdate("""
        insert into staff_base (alliance_id, id, staff_id, service_id, start_date, recorded_by)
        values (?, ?, ?, ?, ?, ?)""", bases.stream().map(b -> new Object[] {alliance, UUID.randomUUID(), b.staffId(),
        b.serviceId(), b.start(), by}).toList());
  }

  public UUID pattern(UUID alliance, UUID service, String name, LocalTime starts, LocalTime ends, int needed,
      String by) {
    UUID id = UUID.randomUUID();
    rota.insertPattern(alliance, id, service, name, starts, ends, needed, by);
    return id;
  }

  /** Makes the shifts of every pattern of the alliance for the days from one to another; how many. */
  public int makeShifts(UUID alliance, LocalDate from, LocalDate to) {
    return rota.makeShifts(alliance, null, from, to);
  }

  public List<Shift> shifts(UUID alliance, UUID service, LocalDate from, LocalDate to) {
    return rota.shifts(alliance, service, from, to);
  }

  public void covers(UUID alliance, List<BulkCover> covers, String by) {
    jdbc.batchUpdate("""
        insert into shift_assignment (alliance_id, id, shift_id, staff_id, starts_at, ends_at, assigned_by)
        values (?, ?, ?, ?, ?, ?, ?)""", covers.stream().map(c -> new Object[] {alliance, UUID.randomUUID(),
        c.shiftId(), c.staffId(), c.starts(), c.ends(), by}).toList());
  }

  public void right(UUID alliance, UUID person, UUID service, String by) {
    jdbc.update("insert into rota_right (alliance_id, id, person_id, service_id, granted_by) values (?, ?, ?, ?, ?)",
        alliance, UUID.randomUUID(), person, service, by);
  }

  public UUID post(UUID alliance, String title, UUID organisation, @Nullable UUID service, @Nullable UUID team,
      String by) {
    UUID id = UUID.randomUUID();
    recruitment.insertPost(alliance, id, title, organisation, service, team, by);
    return id;
  }

  public void panels(UUID alliance, List<RecruitmentPanel> panels, String by) {
    jdbc.batchUpdate("""
        insert into recruitment_panel (alliance_id, id, post_id, interview_date, questions_by_service_users,
                                       recorded_by)
        values (?, ?, ?, ?, ?, ?)""", panels.stream().map(p -> new Object[] {alliance, p.id(), p.post().id(),
        p.interviewDate(), p.questionsByServiceUsers(), by}).toList());
  }

  public void members(UUID alliance, List<BulkMember> members, String by) {
    jdbc.batchUpdate("""
        insert into recruitment_panel_member (alliance_id, id, panel_id, staff_id, name, uses_services, chair,
                                              recorded_by)
        values (?, ?, ?, ?, ?, ?, ?, ?)""", members.stream().map(m -> new Object[] {alliance, UUID.randomUUID(),
        m.panelId(), m.staffId(), m.name(), m.usesServices(), m.chair(), by}).toList());
  }
}
