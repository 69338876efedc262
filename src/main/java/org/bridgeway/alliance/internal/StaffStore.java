package org.bridgeway.alliance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.alliance.StaffDetails;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.alliance.Workforce;
import org.bridgeway.shared.Paged;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the staff of one alliance. */
@Repository
public class StaffStore {

  private static final String SELECT = """
      select s.*, o.name as organisation_name, t.name as team_name, a.standard_week_hours from staff s
      join alliance a on a.id = s.alliance_id
      join organisation o on o.alliance_id = s.alliance_id and o.id = s.organisation_id
      left join team t on t.alliance_id = s.alliance_id and t.id = s.team_id
      where s.alliance_id = :alliance""";

  private final JdbcClient jdbc;

  StaffStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One page of the alliance's staff, by last name then first name. */
  public Paged<StaffMember> page(UUID allianceId, int page, int size) {
    long total = jdbc.sql("select count(*) from staff where alliance_id = ?").param(allianceId)
        .query(Long.class).single();
    List<StaffMember> staff = jdbc.sql(SELECT + " order by s.family_name, s.given_name, s.id limit :size offset :offset")
        .param("alliance", allianceId).param("size", size).param("offset", (long) page * size)
        .query((rs, n) -> member(rs)).list();
    return new Paged<>(staff, page, size, total);
  }

  public Optional<StaffMember> find(UUID allianceId, UUID id) {
    return jdbc.sql(SELECT + " and s.id = :id").param("alliance", allianceId).param("id", id)
        .query((rs, n) -> member(rs)).optional();
  }

  public void insert(UUID allianceId, UUID id, StaffDetails details) {
    jdbc.sql("""
            insert into staff (alliance_id, id, organisation_id, team_id, given_name, family_name, staff_role,
              job_title, contracted_hours, lived_experience, start_date, end_date, email)
            values (:alliance, :id, :organisation, :team, :given, :family, :role, :title, :hours, :lived, :start,
              :end, :email)""")
        .paramSource(columns(allianceId, id, details)).update();
  }

  /** Saves the details if the record is still at the version given; false when someone changed it since. */
  public boolean update(UUID allianceId, UUID id, StaffDetails details, int version) {
    return jdbc.sql("""
            update staff set organisation_id = :organisation, team_id = :team, given_name = :given,
              family_name = :family, staff_role = :role, job_title = :title, contracted_hours = :hours,
              lived_experience = :lived, start_date = :start, end_date = :end, email = :email,
              version = version + 1
            where alliance_id = :alliance and id = :id and version = :version""")
        .paramSource(columns(allianceId, id, details).addValue("version", version)).update() == 1;
  }

  private static MapSqlParameterSource columns(UUID allianceId, UUID id, StaffDetails details) {
    return new MapSqlParameterSource()
        .addValue("alliance", allianceId).addValue("id", id)
        .addValue("organisation", details.organisationId()).addValue("team", details.teamId())
        .addValue("given", details.givenName()).addValue("family", details.familyName())
        .addValue("role", details.role().name()).addValue("title", details.jobTitle())
        .addValue("hours", details.contractedHours()).addValue("lived", details.livedExperience())
        .addValue("start", details.startDate()).addValue("end", details.endDate())
        .addValue("email", details.email());
  }

  /** Hours as people write them: 37.5, 40.0, 22.75. */
  private static BigDecimal tidy(BigDecimal hours) {
    BigDecimal stripped = hours.stripTrailingZeros();
    return stripped.scale() < 1 ? stripped.setScale(1) : stripped;
  }

  private static StaffMember member(ResultSet rs) throws SQLException {
    BigDecimal hours = rs.getBigDecimal("contracted_hours");
    return new StaffMember(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
        rs.getString("organisation_name"), rs.getObject("team_id", UUID.class), rs.getString("team_name"),
        rs.getString("given_name"), rs.getString("family_name"), StaffRole.valueOf(rs.getString("staff_role")),
        rs.getString("job_title"), tidy(hours),
        Workforce.wte(hours, rs.getBigDecimal("standard_week_hours")), rs.getBoolean("lived_experience"),
        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
        rs.getString("email"), rs.getInt("version"));
  }
}
