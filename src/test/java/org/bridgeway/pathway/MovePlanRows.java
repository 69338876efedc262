package org.bridgeway.pathway;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes open move plans as plain rows, as a move plan would leave them, for tests of what reads them. */
@Component
public class MovePlanRows {

  private final JdbcClient jdbc;

  MovePlanRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An open plan; ready since the date given, or not yet ready when it is null. */
  public UUID plan(UUID alliance, UUID person, @Nullable UUID fromStay, UUID toService, @Nullable LocalDate target,
      @Nullable LocalDate readySince) {
    UUID id = UUID.randomUUID();
    jdbc.sql("""
            insert into move_plan (alliance_id, id, person_id, from_stay_id, to_service_id, target_date, readiness,
                                   ready_since, decided_by, recorded_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'The panel', 'test')""")
        .params(alliance, id, person, fromStay, toService, target, readySince == null ? "NOT_YET_READY" : "READY",
            readySince)
        .update();
    return id;
  }
}
