package org.bridgeway.workforce.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.workforce.StaffBase;
import org.bridgeway.workforce.WorkforceFigures.ServiceBase;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where staff are based. */
@Repository
public class BaseStore {

  private static final String SELECT = """
      select b.id, b.staff_id, s.given_name || ' ' || s.family_name, b.service_id, v.name, b.start_date, b.end_date
      from staff_base b
      join staff s on s.alliance_id = b.alliance_id and s.id = b.staff_id
      join service v on v.alliance_id = b.alliance_id and v.id = b.service_id
      """;

  private final JdbcClient jdbc;

  BaseStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(UUID alliance, UUID id, UUID staffId, UUID serviceId, LocalDate start, String by) {
    jdbc.sql("""
        insert into staff_base (alliance_id, id, staff_id, service_id, start_date, recorded_by)
        values (:alliance, :id, :staff, :service, :start, :by)""")
        .param("alliance", alliance).param("id", id).param("staff", staffId).param("service", serviceId)
        .param("start", start).param("by", by).update();
  }

  public boolean end(UUID alliance, UUID id, LocalDate end) {
    return jdbc.sql("""
        update staff_base set end_date = :end
        where alliance_id = :alliance and id = :id and end_date is null and start_date <= :end""")
        .param("alliance", alliance).param("id", id).param("end", end).update() == 1;
  }

  public List<StaffBase> atService(UUID alliance, UUID serviceId) {
    return jdbc.sql(SELECT + " where b.alliance_id = :alliance and b.service_id = :service order by b.end_date nulls first, 3")
        .param("alliance", alliance).param("service", serviceId).query(BaseStore::base).list();
  }

  public @Nullable StaffBase find(UUID alliance, UUID id) {
    return jdbc.sql(SELECT + " where b.alliance_id = :alliance and b.id = :id")
        .param("alliance", alliance).param("id", id).query(BaseStore::base).optional().orElse(null);
  }

  /** For each member of staff based somewhere on the day, the services they are based at. */
  public Map<UUID, List<ServiceBase>> servicesOn(UUID alliance, LocalDate day) {
    Map<UUID, List<ServiceBase>> result = new HashMap<>();
    jdbc.sql(SELECT + " where b.alliance_id = :alliance and b.start_date <= :day and (b.end_date is null or b.end_date >= :day)")
        .param("alliance", alliance).param("day", day).query(BaseStore::base).list()
        .forEach(b -> result.computeIfAbsent(b.staffId(), k -> new java.util.ArrayList<>())
            .add(new ServiceBase(b.serviceId(), b.serviceName())));
    return result;
  }

  private static StaffBase base(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new StaffBase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
        rs.getObject(4, UUID.class), rs.getString(5), rs.getObject(6, LocalDate.class),
        rs.getObject(7, LocalDate.class));
  }
}
