package org.bridgeway.health.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bridgeway.health.CheckChange;
import org.bridgeway.health.DueCheck;
import org.bridgeway.health.Element;
import org.bridgeway.health.HealthCheck;
import org.bridgeway.health.HealthRules;
import org.bridgeway.health.Intervention;
import org.bridgeway.health.NewCheck;
import org.bridgeway.health.Reading;
import org.bridgeway.shared.SqlLists;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks in tables {@code health_check}, {@code health_check_element}, {@code health_check_intervention} and
 * {@code health_check_change}. A check's elements and interventions are those of its current revision (its
 * version); an amendment writes a new revision and keeps the earlier rows. The due list joins the person table
 * read-only for names.
 */
@Component
public class HealthCheckStore {

  private final JdbcClient jdbc;

  HealthCheckStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Who carried the check out, by name, and as which member of staff when they are one. */
  public record Carer(@Nullable UUID staffId, String name) {}

  public void insert(UUID alliance, UUID id, UUID person, NewCheck check, Carer carer, String recordedBy) {
    jdbc.sql("""
            insert into health_check (alliance_id, id, person_id, check_date, staff_id, carried_out_by, next_due,
              recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, person, check.checkDate(), carer.staffId(), carer.name(), check.due(), recordedBy)
        .update();
    ReadingRows.insert(jdbc, alliance, id, 0, check);
  }

  /** Writes the amended content as the next revision; false when the version read is no longer current. */
  public boolean amend(UUID alliance, UUID id, int version, NewCheck check, String changedBy, String reason,
      String before) {
    int changed = jdbc.sql("""
            update health_check set check_date = ?, next_due = ?, version = version + 1
            where alliance_id = ? and id = ? and version = ? and voided_at is null""")
        .params(check.checkDate(), check.due(), alliance, id, version).update();
    if (changed == 0) {
      return false;
    }
    ReadingRows.insert(jdbc, alliance, id, version + 1, check);
    jdbc.sql("""
            insert into health_check_change (alliance_id, id, check_id, changed_by, reason, before)
            values (?, ?, ?, ?, ?, ?)""")
        .params(alliance, UUID.randomUUID(), id, changedBy, reason, before).update();
    return true;
  }

  public boolean voidCheck(UUID alliance, UUID id, String by, String reason) {
    return jdbc.sql("""
            update health_check set voided_at = now(), voided_by = ?, void_reason = ?, version = version + 1
            where alliance_id = ? and id = ? and voided_at is null""")
        .params(by, reason, alliance, id).update() == 1;
  }

  /** The person's checks, newest first, voided ones included. */
  public List<HealthCheck> checks(UUID alliance, UUID person) {
    List<Row> rows = jdbc.sql("select * from health_check where alliance_id = ? and person_id = ?"
            + " order by check_date desc, recorded_at desc, id")
        .params(alliance, person).query(HealthCheckStore::row).list();
    return withReadings(alliance, rows);
  }

  public Optional<HealthCheck> find(UUID alliance, UUID person, UUID id) {
    List<Row> rows = jdbc.sql("select * from health_check where alliance_id = ? and person_id = ? and id = ?")
        .params(alliance, person, id).query(HealthCheckStore::row).list();
    return withReadings(alliance, rows).stream().findFirst();
  }

  public List<CheckChange> changes(UUID alliance, UUID check) {
    return jdbc.sql("""
            select * from health_check_change where alliance_id = ? and check_id = ? order by changed_at, id""")
        .params(alliance, check)
        .query((rs, n) -> new CheckChange(rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(),
            rs.getString("reason"), rs.getString("before")))
        .list();
  }

  /**
   * People whose latest check not voided is due on or before the day given, soonest first, at most
   * {@code limit} of them; the caller keeps those the user may open.
   */
  public List<DueCheck> dueBy(UUID alliance, LocalDate dueBy, LocalDate today, int limit) {
    return jdbc.sql("""
            select c.person_id, c.check_date, c.next_due,
              coalesce(p.preferred_name, p.given_name) || ' ' || p.family_name as name
            from (select distinct on (person_id) person_id, check_date, next_due from health_check
                  where alliance_id = ? and voided_at is null
                  order by person_id, check_date desc, recorded_at desc) c
            join person p on p.alliance_id = ? and p.id = c.person_id
            where c.next_due <= ?
            order by c.next_due, name, c.person_id limit ?""")
        .params(alliance, alliance, dueBy, limit)
        .query((rs, n) -> {
          LocalDate due = rs.getObject("next_due", LocalDate.class);
          return new DueCheck(rs.getObject("person_id", UUID.class), rs.getString("name"),
              rs.getObject("check_date", LocalDate.class), due, HealthRules.dueStatus(due, today));
        })
        .list();
  }

  /** Of the people given, those with at least one check not voided. */
  public Set<UUID> everChecked(UUID alliance, Collection<UUID> people) {
    if (people.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(jdbc.sql("""
            select distinct person_id from health_check
            where alliance_id = :alliance and person_id in (:people) and voided_at is null""")
        .param("alliance", alliance).param("people", people).query(UUID.class).list());
  }

  /**
   * Of the people given, those whose check is complete on the day (see {@link HealthRules#complete}). One
   * statement over two index-only reads (V37): the alliance's elements recorded in the twelve months, by day, and
   * the people's current checks that are not voided, by person; so it does not grow with the whole history.
   */
  public Set<UUID> completeOn(UUID alliance, Collection<UUID> people, LocalDate day) {
    if (people.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(jdbc.sql("""
            select c.person_id from health_check c
            join health_check_element e on e.alliance_id = c.alliance_id and e.check_id = c.id
              and e.revision = c.version
            where c.alliance_id = :alliance and c.person_id = any(cast(:people as uuid[])) and c.voided_at is null
              and e.outcome = 'RECORDED' and e.taken_on between :from and :day
            group by c.person_id having count(distinct e.element) = :elements""")
        .param("alliance", alliance).param("people", SqlLists.uuids(people))
        .param("from", day.minusDays(HealthRules.COMPLETE_DAYS - 1)).param("day", day)
        .param("elements", Element.values().length).query(UUID.class).list());
  }

  private List<HealthCheck> withReadings(UUID alliance, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = rows.stream().map(Row::id).toList();
    Map<UUID, List<Reading>> readings = ReadingRows.readings(jdbc, alliance, ids);
    Map<UUID, List<Intervention>> interventions = ReadingRows.interventions(jdbc, alliance, ids);
    List<HealthCheck> checks = new ArrayList<>();
    for (Row r : rows) {
      checks.add(new HealthCheck(r.id(), r.personId(), r.checkDate(), r.carriedOutBy(), r.nextDue(),
          readings.getOrDefault(r.id(), List.of()), interventions.getOrDefault(r.id(), List.of()), r.recordedBy(),
          r.recordedAt().toInstant(), r.version(), r.voidedAt() == null ? null : r.voidedAt().toInstant(),
          r.voidedBy(), r.voidReason()));
    }
    return checks;
  }

  private record Row(UUID id, UUID personId, LocalDate checkDate, String carriedOutBy, LocalDate nextDue,
      String recordedBy, Timestamp recordedAt, int version, @Nullable Timestamp voidedAt, @Nullable String voidedBy,
      @Nullable String voidReason) {}

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        rs.getObject("check_date", LocalDate.class), rs.getString("carried_out_by"),
        rs.getObject("next_due", LocalDate.class), rs.getString("recorded_by"), rs.getTimestamp("recorded_at"),
        rs.getInt("version"), rs.getTimestamp("voided_at"), rs.getString("voided_by"), rs.getString("void_reason"));
  }

  static <T> Map<UUID, List<T>> grouped(List<Map.Entry<UUID, T>> entries) {
    return entries.stream().collect(Collectors.groupingBy(Map.Entry::getKey, HashMap::new,
        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }
}
