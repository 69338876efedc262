package org.bridgeway.alliance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bridgeway.alliance.CapacityUnit;
import org.bridgeway.alliance.NewOpeningTime;
import org.bridgeway.alliance.OpeningTime;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.ServiceRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes services and their opening times, always within one alliance. */
@Repository
public class ServiceStore {

  private static final String SELECT = """
      select s.*, o.name as organisation_name, l.name as locality_name from service s
      join organisation o on o.alliance_id = s.alliance_id and o.id = s.organisation_id
      left join locality l on l.alliance_id = s.alliance_id and l.id = s.locality_id
      where s.alliance_id = :alliance""";

  private final JdbcClient jdbc;

  ServiceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every service of the alliance, by name, each with its opening times. */
  public List<ServiceRecord> all(UUID allianceId) {
    Map<UUID, List<OpeningTime>> times = openingTimes(allianceId, null);
    return jdbc.sql(SELECT + " order by s.name").param("alliance", allianceId)
        .query((rs, n) -> service(rs, times.getOrDefault(rs.getObject("id", UUID.class), List.of())))
        .list();
  }

  public Optional<ServiceRecord> find(UUID allianceId, UUID id) {
    Map<UUID, List<OpeningTime>> times = openingTimes(allianceId, id);
    return jdbc.sql(SELECT + " and s.id = :id").param("alliance", allianceId).param("id", id)
        .query((rs, n) -> service(rs, times.getOrDefault(id, List.of())))
        .optional();
  }

  public void insert(UUID allianceId, UUID id, ServiceDetails details) {
    jdbc.sql("""
            insert into service (organisation_id, name, kind, out_of_area, capacity, capacity_unit,
              weekly_cost_pence, intended_stay_min_days, intended_stay_max_days, eligibility, women_only, user_run,
              specialist, address, postcode, locality_id, description, alliance_id, id)
            values (:organisation, :name, :kind, :outOfArea, :capacity, :unit, :cost, :min, :max, :eligibility,
              :womenOnly, :userRun, :specialist, :address, :postcode, :locality, :description, :alliance, :id)""")
        .paramSource(Columns.of(allianceId, id, details)).update();
  }

  /** Saves the details if the service is still at the version given; false when someone changed it since. */
  public boolean update(UUID allianceId, UUID id, ServiceDetails details, int version) {
    return jdbc.sql("""
            update service set organisation_id = :organisation, name = :name, kind = :kind,
              out_of_area = :outOfArea, capacity = :capacity, capacity_unit = :unit, weekly_cost_pence = :cost,
              intended_stay_min_days = :min, intended_stay_max_days = :max, eligibility = :eligibility,
              women_only = :womenOnly, user_run = :userRun, specialist = :specialist, address = :address,
              postcode = :postcode, locality_id = :locality, description = :description, version = version + 1
            where alliance_id = :alliance and id = :id and version = :version""")
        .paramSource(Columns.of(allianceId, id, details).addValue("version", version)).update() == 1;
  }

  public void insertOpeningTime(UUID allianceId, UUID serviceId, UUID id, NewOpeningTime time) {
    jdbc.sql("""
            insert into service_opening (alliance_id, service_id, id, day_of_week, opens_at, closes_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(allianceId, serviceId, id, time.day().getValue(), time.opens(), time.closes()).update();
  }

  public boolean deleteOpeningTime(UUID allianceId, UUID serviceId, UUID id) {
    return jdbc.sql("delete from service_opening where alliance_id = ? and service_id = ? and id = ?")
        .params(allianceId, serviceId, id).update() == 1;
  }

  private Map<UUID, List<OpeningTime>> openingTimes(UUID allianceId, @Nullable UUID serviceId) {
    return jdbc.sql("""
            select * from service_opening where alliance_id = :alliance
              and (cast(:service as uuid) is null or service_id = :service)
            order by day_of_week, opens_at""")
        .param("alliance", allianceId).param("service", serviceId)
        .query((rs, n) -> Map.entry(rs.getObject("service_id", UUID.class), new OpeningTime(
            rs.getObject("id", UUID.class), DayOfWeek.of(rs.getInt("day_of_week")),
            rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class))))
        .list().stream()
        .collect(Collectors.groupingBy(Map.Entry::getKey,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  private static ServiceRecord service(ResultSet rs, List<OpeningTime> times) throws SQLException {
    String unit = rs.getString("capacity_unit");
    return new ServiceRecord(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
        rs.getString("organisation_name"), rs.getString("name"), ServiceKind.valueOf(rs.getString("kind")),
        rs.getBoolean("out_of_area"), rs.getObject("capacity", Integer.class),
        unit == null ? null : CapacityUnit.valueOf(unit), rs.getObject("weekly_cost_pence", Long.class),
        rs.getObject("intended_stay_min_days", Integer.class), rs.getObject("intended_stay_max_days", Integer.class),
        rs.getString("eligibility"), rs.getBoolean("women_only"), rs.getBoolean("user_run"),
        rs.getBoolean("specialist"), rs.getString("address"), rs.getString("postcode"),
        rs.getObject("locality_id", UUID.class), rs.getString("locality_name"), rs.getString("description"),
        rs.getInt("version"), times);
  }
}
