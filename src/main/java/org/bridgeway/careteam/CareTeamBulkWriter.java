package org.bridgeway.careteam;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many memberships at once, in the caller's transaction, for demo data and imports; checks nothing
 * but what the table itself enforces (one open key worker per person, end not before start).
 */
@Component
public class CareTeamBulkWriter {

  private final JdbcTemplate jdbc;

  CareTeamBulkWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A membership as written: ended if it has an end date. */
  public record Membership(UUID personId, UUID staffId, TeamRole role, boolean keyWorker, LocalDate startDate,
      @Nullable LocalDate endDate, @Nullable String endReason) {}

  public int write(UUID alliance, List<Membership> memberships, String by) {
    jdbc.batchUpdate("""
            insert into care_team_member (alliance_id, id, person_id, staff_id, team_role, key_worker, start_date,
                                          end_date, end_reason, added_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        memberships.stream().map(m -> new Object[] {alliance, UUID.randomUUID(), m.personId(), m.staffId(),
            m.role().name(), m.keyWorker(), m.startDate(), m.endDate(), m.endReason(), by}).toList());
    return memberships.size();
  }
}
