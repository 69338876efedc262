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

  /** The staff whose contract covers the day (started on or before it, not ended before it), by name. */
  public List<StaffContract> contracts(UUID allianceId, LocalDate day) {
    return jdbc.sql("""
            select s.id, s.given_name || ' ' || s.family_name, s.organisation_id, o.name, s.team_id, t.name,
                   s.contracted_hours, s.lived_experience
            from staff s
            join organisation o on o.alliance_id = s.alliance_id and o.id = s.organisation_id
            left join team t on t.alliance_id = s.alliance_id and t.id = s.team_id
            where s.alliance_id = :alliance and s.start_date <= :day and (s.end_date is null or s.end_date >= :day)
            order by s.family_name, s.given_name, s.id""")
        .param("alliance", allianceId).param("day", day)
        .query((rs, n) -> new StaffContract(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
            rs.getString(4), rs.getObject(5, UUID.class), rs.getString(6), rs.getBigDecimal(7), rs.getBoolean(8)))
        .list();
  }

  /** The alliance's standard week in hours, against which whole-time equivalents are counted. */
  public BigDecimal standardWeek(UUID allianceId) {
    return alliances.standardWeek(allianceId);
  }
}
