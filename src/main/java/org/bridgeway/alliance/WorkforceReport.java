package org.bridgeway.alliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Counts the workforce of an alliance, or of one organisation, on a day. */
@Service
public class WorkforceReport {

  private final JdbcClient jdbc;
  private final Alliances alliances;

  WorkforceReport(JdbcClient jdbc, Alliances alliances) {
    this.jdbc = jdbc;
    this.alliances = alliances;
  }

  /** Staff whose contract covers the day: started on or before it, and not ended before it. */
  public Workforce on(UUID allianceId, LocalDate day, @Nullable UUID organisationId) {
    List<Object[]> rows = jdbc.sql("""
            select contracted_hours, lived_experience from staff
            where alliance_id = :alliance and start_date <= :day and (end_date is null or end_date >= :day)
              and (cast(:organisation as uuid) is null or organisation_id = :organisation)""")
        .param("alliance", allianceId).param("day", day).param("organisation", organisationId)
        .query((rs, n) -> new Object[] {rs.getBigDecimal(1), rs.getBoolean(2)})
        .list();
    List<BigDecimal> hours = rows.stream().map(r -> (BigDecimal) r[0]).toList();
    int lived = (int) rows.stream().filter(r -> (Boolean) r[1]).count();
    return Workforce.of(hours, lived, alliances.standardWeek(allianceId));
  }
}
