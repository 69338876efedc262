package org.bridgeway.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.workforce.Cover;
import org.bridgeway.workforce.Shift;
import org.bridgeway.workforce.ShiftPattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shift patterns, shifts and who covers them. */
@Repository
public class RotaStore {

  private static final String SHIFT = """
      select id, service_id, shift_date, name, starts_at, ends_at, staff_needed, version from shift
      """;

  private final JdbcClient jdbc;

  RotaStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertPattern(UUID alliance, UUID id, UUID service, String name, LocalTime starts, LocalTime ends,
      int needed, String by) {
    jdbc.sql("""
        insert into shift_pattern (alliance_id, id, service_id, name, starts_at, ends_at, staff_needed, recorded_by)
        values (:alliance, :id, :service, :name, :starts, :ends, :needed, :by)""")
        .param("alliance", alliance).param("id", id).param("service", service).param("name", name)
        .param("starts", starts).param("ends", ends).param("needed", needed).param("by", by).update();
  }

  private static final String PATTERN = """
      select id, service_id, name, starts_at, ends_at, staff_needed, active, version, days, off_from, off_reason
      from shift_pattern
      """;

  public List<ShiftPattern> patterns(UUID alliance, UUID service) {
    return jdbc.sql(PATTERN + " where alliance_id = :alliance and service_id = :service order by starts_at, name")
        .param("alliance", alliance).param("service", service).query(RotaStore::pattern).list();
  }

  /** The pattern, locked until the transaction ends. */
  public Optional<ShiftPattern> lockPattern(UUID alliance, UUID id) {
    return jdbc.sql(PATTERN + " where alliance_id = :alliance and id = :id for update")
        .param("alliance", alliance).param("id", id).query(RotaStore::pattern).optional();
  }

  public void changePattern(UUID alliance, UUID id, LocalTime starts, LocalTime ends, int needed, int days) {
    jdbc.sql("""
        update shift_pattern set starts_at = :starts, ends_at = :ends, staff_needed = :needed, days = :days,
               version = version + 1
        where alliance_id = :alliance and id = :id""")
        .param("alliance", alliance).param("id", id).param("starts", starts).param("ends", ends)
        .param("needed", needed).param("days", days).update();
  }

  public void switchOff(UUID alliance, UUID id, LocalDate from, String reason, String by) {
    jdbc.sql("""
        update shift_pattern set off_from = :from, off_reason = :reason, off_by = :by, version = version + 1
        where alliance_id = :alliance and id = :id""")
        .param("alliance", alliance).param("id", id).param("from", from).param("reason", reason).param("by", by)
        .update();
  }

  private static ShiftPattern pattern(ResultSet rs, int n) throws SQLException {
    return new ShiftPattern(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
        rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class), rs.getInt(6), rs.getBoolean(7),
        rs.getInt(8), ShiftPattern.days(rs.getInt(9)), rs.getObject(10, LocalDate.class), rs.getString(11));
  }

  /** The services of the alliance with at least one shift pattern. */
  public List<UUID> servicesWithPatterns(UUID alliance) {
    return jdbc.sql("select distinct service_id from shift_pattern where alliance_id = :alliance")
        .param("alliance", alliance).query(UUID.class).list();
  }

  /**
   * Makes the shifts of the service's active patterns for each day from {@code from} to {@code to} (both
   * included) that is one of the pattern's days, is before any day it is switched off from, and has none yet for
   * that pattern; the number made.
   */
  public int makeShifts(UUID alliance, @Nullable UUID service, LocalDate from, LocalDate to) {
    return jdbc.sql("""
        insert into shift (alliance_id, id, service_id, pattern_id, shift_date, name, starts_at, ends_at, staff_needed)
        select p.alliance_id, gen_random_uuid(), p.service_id, p.id, d.day, p.name, d.day + p.starts_at,
               case when p.ends_at > p.starts_at then d.day + p.ends_at else (d.day + 1) + p.ends_at end,
               p.staff_needed
        from shift_pattern p
        cross join (select cast(g as date) as day
                    from generate_series(cast(:from as date), cast(:to as date), interval '1 day') g) d
        where p.alliance_id = :alliance and p.active
          and (p.off_from is null or d.day < p.off_from)
          and (p.days & (1 << (cast(extract(isodow from d.day) as integer) - 1))) <> 0
          and (cast(:service as uuid) is null or p.service_id = :service)
        on conflict (alliance_id, pattern_id, shift_date) do nothing""")
        .param("alliance", alliance).param("service", service).param("from", from).param("to", to).update();
  }

  /** The service's shifts on the days from {@code from} to {@code to}, with who covers each. */
  public List<Shift> shifts(UUID alliance, UUID service, LocalDate from, LocalDate to) {
    List<Shift> bare = jdbc.sql(SHIFT + """
         where alliance_id = :alliance and service_id = :service and shift_date between :from and :to
         order by starts_at, name""")
        .param("alliance", alliance).param("service", service).param("from", from).param("to", to)
        .query(RotaStore::shift).list();
    Map<UUID, List<Cover>> covers = new HashMap<>();
    jdbc.sql("""
        select a.shift_id, a.id, a.staff_id, s.given_name || ' ' || s.family_name, a.assigned_by,
               a.assigned_by_person is not null
        from shift_assignment a
        join shift h on h.alliance_id = a.alliance_id and h.id = a.shift_id
        join staff s on s.alliance_id = a.alliance_id and s.id = a.staff_id
        where a.alliance_id = :alliance and h.service_id = :service and h.shift_date between :from and :to
          and a.removed_at is null
        order by a.assigned_at, 4""")
        .param("alliance", alliance).param("service", service).param("from", from).param("to", to)
        .query((rs, n) -> {
          covers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Cover(
              rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
              rs.getBoolean(6)));
          return 0;
        }).list();
    return bare.stream().map(s -> new Shift(s.id(), s.serviceId(), s.date(), s.name(), s.startsAt(), s.endsAt(),
        s.staffNeeded(), s.version(), List.copyOf(covers.getOrDefault(s.id(), List.of())))).toList();
  }

  /** The shift, without its covers. */
  public Optional<Shift> find(UUID alliance, UUID id) {
    return jdbc.sql(SHIFT + " where alliance_id = :alliance and id = :id")
        .param("alliance", alliance).param("id", id).query(RotaStore::shift).optional();
  }

  /** The shift, locked until the transaction ends, without its covers. */
  public Optional<Shift> lock(UUID alliance, UUID id) {
    return jdbc.sql(SHIFT + " where alliance_id = :alliance and id = :id for update")
        .param("alliance", alliance).param("id", id).query(RotaStore::shift).optional();
  }

  public int covering(UUID alliance, UUID shift) {
    return jdbc.sql("select count(*) from shift_assignment where alliance_id = :alliance and shift_id = :shift"
            + " and removed_at is null")
        .param("alliance", alliance).param("shift", shift).query(Integer.class).single();
  }

  /** Holds the member of staff's assignments still until the transaction ends, so two cannot clash. */
  public void lockStaff(UUID alliance, UUID staff) {
    jdbc.sql("select pg_advisory_xact_lock(hashtextextended(cast(:alliance as text) || cast(:staff as text), 7))")
        .param("alliance", alliance).param("staff", staff).query().singleRow();
  }

  /** A shift the member of staff already covers that shares some time with the one given, if any. */
  public Optional<Shift> clash(UUID alliance, UUID staff, LocalDateTime starts, LocalDateTime ends) {
    return jdbc.sql("""
        select h.id, h.service_id, h.shift_date, h.name, h.starts_at, h.ends_at, h.staff_needed, h.version
        from shift_assignment a join shift h on h.alliance_id = a.alliance_id and h.id = a.shift_id
        where a.alliance_id = :alliance and a.staff_id = :staff and a.removed_at is null
          and a.starts_at < :ends and :starts < a.ends_at
        order by h.starts_at limit 1""")
        .param("alliance", alliance).param("staff", staff).param("starts", starts).param("ends", ends)
        .query(RotaStore::shift).optional();
  }

  public void assign(UUID alliance, UUID id, Shift shift, UUID staff, String by, @Nullable UUID byPerson) {
    jdbc.sql("""
        insert into shift_assignment (alliance_id, id, shift_id, staff_id, starts_at, ends_at, assigned_by,
                                      assigned_by_person)
        values (:alliance, :id, :shift, :staff, :starts, :ends, :by, :person)""")
        .param("alliance", alliance).param("id", id).param("shift", shift.id()).param("staff", staff)
        .param("starts", shift.startsAt()).param("ends", shift.endsAt()).param("by", by).param("person", byPerson)
        .update();
    touch(alliance, shift.id());
  }

  public boolean remove(UUID alliance, UUID shift, UUID assignment, String by, String reason) {
    boolean removed = jdbc.sql("""
        update shift_assignment set removed_at = now(), removed_by = :by, removed_reason = :reason
        where alliance_id = :alliance and id = :id and shift_id = :shift and removed_at is null""")
        .param("alliance", alliance).param("id", assignment).param("shift", shift).param("by", by)
        .param("reason", reason).update() == 1;
    touch(alliance, shift);
    return removed;
  }

  private void touch(UUID alliance, UUID shift) {
    jdbc.sql("update shift set version = version + 1 where alliance_id = :alliance and id = :id")
        .param("alliance", alliance).param("id", shift).update();
  }

  private static Shift shift(ResultSet rs, int n) throws SQLException {
    return new Shift(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, LocalDate.class),
        rs.getString(4), rs.getObject(5, LocalDateTime.class), rs.getObject(6, LocalDateTime.class), rs.getInt(7),
        rs.getInt(8), List.of());
  }
}
