package org.bridgeway.alliance;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a whole alliance's set-up in batches: organisations, localities, services with their opening times,
 * teams and staff. For generators and imports that already hold consistent rows; an administrator's single
 * changes go through the set-up services instead. Callers own the transaction.
 */
@Component
public class SetupBulkWriter {

  private final JdbcTemplate jdbc;

  SetupBulkWriter(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record NewOrganisation(UUID id, String name, Sector sector, @Nullable String odsCode) {}

  public record NewLocality(UUID id, String name, boolean pilotArea) {}

  /** A service with everything an administrator can say about it; absent numbers are unknown. */
  public record NewService(UUID id, UUID organisationId, String name, ServiceKind kind, boolean outOfArea,
      @Nullable Integer capacity, @Nullable CapacityUnit capacityUnit, @Nullable Long weeklyCostPence,
      @Nullable Integer intendedStayMinDays, @Nullable Integer intendedStayMaxDays, @Nullable String eligibility,
      boolean womenOnly, boolean userRun, boolean specialist, @Nullable String address, @Nullable String postcode,
      @Nullable UUID localityId, @Nullable String description) {}

  /** Opening hours on a day of the week, 1 Monday to 7 Sunday. */
  public record NewOpening(UUID serviceId, int dayOfWeek, java.time.LocalTime opensAt, java.time.LocalTime closesAt) {}

  public record NewTeam(UUID id, UUID organisationId, String name, TeamType teamType) {}

  public record NewStaff(UUID id, UUID organisationId, @Nullable UUID teamId, String givenName, String familyName,
      StaffRole role, @Nullable String jobTitle, BigDecimal contractedHours, boolean livedExperience,
      java.time.LocalDate startDate, @Nullable String email) {}

  public void organisations(UUID alliance, List<NewOrganisation> rows) {
    jdbc.batchUpdate("insert into organisation (alliance_id, id, name, sector, ods_code) values (?, ?, ?, ?, ?)",
        rows.stream().map(o -> new Object[] {alliance, o.id(), o.name(), o.sector().name(), o.odsCode()}).toList());
  }

  public void localities(UUID alliance, List<NewLocality> rows) {
    jdbc.batchUpdate("insert into locality (alliance_id, id, name, pilot_area) values (?, ?, ?, ?)",
        rows.stream().map(l -> new Object[] {alliance, l.id(), l.name(), l.pilotArea()}).toList());
  }

  public void services(UUID alliance, List<NewService> rows) {
    jdbc.batchUpdate("""
            insert into service (alliance_id, id, organisation_id, name, kind, out_of_area, capacity, capacity_unit,
              weekly_cost_pence, intended_stay_min_days, intended_stay_max_days, eligibility, women_only, user_run,
              specialist, address, postcode, locality_id, description)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        rows.stream().map(s -> new Object[] {alliance, s.id(), s.organisationId(), s.name(), s.kind().name(),
            s.outOfArea(), s.capacity(), s.capacityUnit() == null ? null : s.capacityUnit().name(),
            s.weeklyCostPence(), s.intendedStayMinDays(), s.intendedStayMaxDays(), s.eligibility(), s.womenOnly(),
            s.userRun(), s.specialist(), s.address(), s.postcode(), s.localityId(), s.description()}).toList());
  }

  public void openings(UUID alliance, List<NewOpening> rows) {
    jdbc.batchUpdate("""
            insert into service_opening (alliance_id, service_id, id, day_of_week, opens_at, closes_at)
            values (?, ?, ?, ?, ?, ?)""",
        rows.stream().map(o -> new Object[] {alliance, o.serviceId(), UUID.randomUUID(), o.dayOfWeek(),
            Time.valueOf(o.opensAt()), Time.valueOf(o.closesAt())}).toList());
  }

  public void teams(UUID alliance, List<NewTeam> rows) {
    jdbc.batchUpdate("insert into team (alliance_id, id, organisation_id, name, team_type) values (?, ?, ?, ?, ?)",
        rows.stream().map(t -> new Object[] {alliance, t.id(), t.organisationId(), t.name(), t.teamType().name()})
            .toList());
  }

  public void staff(UUID alliance, List<NewStaff> rows) {
    jdbc.batchUpdate("""
            insert into staff (alliance_id, id, organisation_id, team_id, given_name, family_name, staff_role,
              job_title, contracted_hours, lived_experience, start_date, email)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        rows.stream().map(s -> new Object[] {alliance, s.id(), s.organisationId(), s.teamId(), s.givenName(),
            s.familyName(), s.role().name(), s.jobTitle(), s.contractedHours(), s.livedExperience(),
            Date.valueOf(s.startDate()), s.email()}).toList());
  }
}
