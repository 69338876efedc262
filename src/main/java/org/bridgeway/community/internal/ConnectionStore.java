package org.bridgeway.community.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.community.Connection;
import org.bridgeway.community.Progress;
import org.bridgeway.community.ResourceKind;
import org.bridgeway.shared.SqlLists;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** People's connections in table {@code community_connection}. */
@Component
public class ConnectionStore {

  /** Active on :day: started on or before it, and not ended on or before it. */
  private static final String ACTIVE = "c.start_date <= :day and (c.end_date is null or c.end_date > :day)";

  private final JdbcClient jdbc;

  ConnectionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The person's connections, those still going first, then the most recently started. */
  public List<Connection> ofPerson(UUID alliance, UUID person) {
    return jdbc.sql("select * from community_connection c where c.alliance_id = :alliance and c.person_id = :person"
            + " order by c.end_date is not null, c.start_date desc, c.id").param("alliance", alliance)
        .param("person", person).query(ConnectionStore::connection).list();
  }

  public Optional<Connection> get(UUID alliance, UUID person, UUID id) {
    return jdbc.sql("select * from community_connection c where c.alliance_id = :alliance and c.person_id = :person"
            + " and c.id = :id").param("alliance", alliance).param("person", person).param("id", id)
        .query(ConnectionStore::connection).optional();
  }

  public void insert(UUID alliance, UUID id, UUID person, @Nullable UUID resource, String name, ResourceKind kind,
      LocalDate start, @Nullable LocalDate end, Progress progress, @Nullable String note, boolean byPerson,
      String by) {
    jdbc.sql("""
        insert into community_connection (alliance_id, id, person_id, resource_id, resource_name, kind, start_date,
            end_date, progress, note, added_by_person, recorded_by)
        values (:alliance, :id, :person, :resource, :name, :kind, :start, :end, :progress, :note, :byPerson, :by)""")
        .param("alliance", alliance).param("id", id).param("person", person).param("resource", resource)
        .param("name", name).param("kind", kind.name()).param("start", start)
        .param("end", end == null ? null : Date.valueOf(end), java.sql.Types.DATE)
        .param("progress", progress.name()).param("note", note).param("byPerson", byPerson).param("by", by).update();
  }

  /** Records how it is going and its end, if the version is still the one read. */
  public boolean change(UUID alliance, UUID id, int version, Progress progress, @Nullable String note,
      @Nullable LocalDate end, String by) {
    return jdbc.sql("""
        update community_connection set progress = :progress, note = :note, end_date = :end, changed_by = :by,
            changed_at = now(), version = version + 1
        where alliance_id = :alliance and id = :id and version = :version""").param("alliance", alliance)
        .param("id", id).param("version", version).param("progress", progress.name()).param("note", note)
        .param("end", end == null ? null : Date.valueOf(end), java.sql.Types.DATE).param("by", by).update() == 1;
  }

  public int activeOn(UUID alliance, UUID person, LocalDate day) {
    return jdbc.sql("select count(*) from community_connection c where c.alliance_id = :alliance"
            + " and c.person_id = :person and " + ACTIVE).param("alliance", alliance).param("person", person)
        .param("day", day).query(Integer.class).single();
  }

  /** Active connections on the day of each listed person who has any. */
  public Map<UUID, Integer> activeAmong(UUID alliance, Collection<UUID> people, LocalDate day) {
    Map<UUID, Integer> counts = new HashMap<>();
    if (people.isEmpty()) {
      return counts;
    }
    jdbc.sql("select c.person_id, count(*) as n from community_connection c where c.alliance_id = :alliance"
            + " and c.person_id = any(cast(:people as uuid[])) and " + ACTIVE + " group by c.person_id")
        .param("alliance", alliance).param("people", SqlLists.uuids(people)).param("day", day)
        .query((ResultSet rs) -> {
          counts.put(rs.getObject("person_id", UUID.class), rs.getInt("n"));
        });
    return counts;
  }

  private static Connection connection(ResultSet rs, int row) throws SQLException {
    Date end = rs.getDate("end_date");
    return new Connection(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
        rs.getObject("resource_id", UUID.class), rs.getString("resource_name"),
        ResourceKind.valueOf(rs.getString("kind")), rs.getDate("start_date").toLocalDate(),
        end == null ? null : end.toLocalDate(), Progress.valueOf(rs.getString("progress")), rs.getString("note"),
        rs.getBoolean("added_by_person"), rs.getString("recorded_by"), rs.getInt("version"));
  }
}
