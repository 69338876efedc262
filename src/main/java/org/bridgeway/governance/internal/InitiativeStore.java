package org.bridgeway.governance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.governance.EvaluationKind;
import org.bridgeway.governance.Initiative;
import org.bridgeway.governance.InitiativeDetails;
import org.bridgeway.governance.InitiativeStatus;
import org.bridgeway.governance.Involvement;
import org.bridgeway.governance.Measure;
import org.bridgeway.governance.Milestone;
import org.bridgeway.governance.NewMeasure;
import org.bridgeway.governance.NewMilestone;
import org.bridgeway.governance.Words;
import org.bridgeway.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Initiatives in tables {@code initiative}, {@code initiative_milestone} and {@code initiative_measure}. */
@Component
public class InitiativeStore {

  private static final String SELECT = """
      select n.*, l.name as locality_name from initiative n
      left join locality l on l.alliance_id = n.alliance_id and l.id = n.locality_id
      """;

  private final JdbcClient jdbc;

  InitiativeStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One page of initiatives, running and planned first, then by title; voided ones last. */
  public Paged<Initiative> find(UUID alliance, int page, int size) {
    long total = jdbc.sql("select count(*) from initiative where alliance_id = ?").param(alliance)
        .query(Long.class).single();
    List<Initiative> items = jdbc.sql(SELECT + """
        where n.alliance_id = :alliance
        order by n.voided_at is not null, case n.status when 'RUNNING' then 0 when 'PLANNED' then 1 else 2 end,
          lower(n.title), n.id limit :size offset :offset""").param("alliance", alliance).param("size", size)
        .param("offset", (long) page * size).query(this::initiative).list();
    return new Paged<>(items, page, size, total);
  }

  public Optional<Initiative> get(UUID alliance, UUID id) {
    return jdbc.sql(SELECT + " where n.alliance_id = :alliance and n.id = :id").param("alliance", alliance)
        .param("id", id).query(this::initiative).optional();
  }

  public void insert(UUID alliance, UUID id, InitiativeDetails d, String by) {
    jdbc.sql("""
        insert into initiative (alliance_id, id, title, aims, locality_id, area, status, involved_from_start,
          involved_during, involved_in_evaluation, evaluation, outcomes, recorded_by)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, Words.tidy(d.title()), Words.tidy(d.aims()), d.localityId(), Words.tidy(d.area()),
            d.status().name(), d.involvement().contains(Involvement.FROM_START),
            d.involvement().contains(Involvement.DURING), d.involvement().contains(Involvement.IN_EVALUATION),
            d.evaluation() == null ? null : d.evaluation().name(), Words.tidy(d.outcomes()), by).update();
  }

  public boolean change(UUID alliance, UUID id, int version, InitiativeDetails d, String by) {
    return jdbc.sql("""
        update initiative set title = ?, aims = ?, locality_id = ?, area = ?, status = ?, involved_from_start = ?,
          involved_during = ?, involved_in_evaluation = ?, evaluation = ?, outcomes = ?, changed_by = ?,
          changed_at = now(), version = version + 1
        where alliance_id = ? and id = ? and version = ? and voided_at is null""")
        .params(Words.tidy(d.title()), Words.tidy(d.aims()), d.localityId(), Words.tidy(d.area()),
            d.status().name(), d.involvement().contains(Involvement.FROM_START),
            d.involvement().contains(Involvement.DURING), d.involvement().contains(Involvement.IN_EVALUATION),
            d.evaluation() == null ? null : d.evaluation().name(), Words.tidy(d.outcomes()), by, alliance, id,
            version).update() == 1;
  }

  public boolean voidInitiative(UUID alliance, UUID id, int version, String reason, String by) {
    return jdbc.sql("""
        update initiative set voided_at = now(), voided_by = ?, void_reason = ?, version = version + 1
        where alliance_id = ? and id = ? and version = ? and voided_at is null""")
        .params(by, reason, alliance, id, version).update() == 1;
  }

  public void insertMilestone(UUID alliance, UUID initiative, UUID id, NewMilestone m, String by) {
    jdbc.sql("""
        insert into initiative_milestone (alliance_id, id, initiative_id, year, text, done, recorded_by)
        values (?, ?, ?, ?, ?, ?, ?)""").params(alliance, id, initiative, m.year(), Words.tidy(m.text()), m.done(), by)
        .update();
  }

  public boolean markMilestone(UUID alliance, UUID initiative, UUID id, int version, boolean done) {
    return jdbc.sql("""
        update initiative_milestone set done = ?, version = version + 1
        where alliance_id = ? and initiative_id = ? and id = ? and version = ? and voided_at is null""")
        .params(done, alliance, initiative, id, version).update() == 1;
  }

  public boolean voidMilestone(UUID alliance, UUID initiative, UUID id, String reason, String by) {
    return jdbc.sql("""
        update initiative_milestone set voided_at = now(), voided_by = ?, void_reason = ?, version = version + 1
        where alliance_id = ? and initiative_id = ? and id = ? and voided_at is null""")
        .params(by, reason, alliance, initiative, id).update() == 1;
  }

  public void insertMeasure(UUID alliance, UUID initiative, UUID id, NewMeasure m, String by) {
    jdbc.sql("""
        insert into initiative_measure (alliance_id, id, initiative_id, name, value, unit, recorded_by)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(alliance, id, initiative, Words.tidy(m.name()), m.value(), Words.tidy(m.unit()), by).update();
  }

  public boolean voidMeasure(UUID alliance, UUID initiative, UUID id, String reason, String by) {
    return jdbc.sql("""
        update initiative_measure set voided_at = now(), voided_by = ?, void_reason = ?
        where alliance_id = ? and initiative_id = ? and id = ? and voided_at is null""")
        .params(by, reason, alliance, initiative, id).update() == 1;
  }

  private Initiative initiative(ResultSet rs, int row) throws SQLException {
    UUID alliance = rs.getObject("alliance_id", UUID.class);
    UUID id = rs.getObject("id", UUID.class);
    Set<Involvement> involvement = EnumSet.noneOf(Involvement.class);
    if (rs.getBoolean("involved_from_start")) {
      involvement.add(Involvement.FROM_START);
    }
    if (rs.getBoolean("involved_during")) {
      involvement.add(Involvement.DURING);
    }
    if (rs.getBoolean("involved_in_evaluation")) {
      involvement.add(Involvement.IN_EVALUATION);
    }
    String evaluation = rs.getString("evaluation");
    Timestamp voided = rs.getTimestamp("voided_at");
    return new Initiative(id, rs.getString("title"), rs.getString("aims"), rs.getObject("locality_id", UUID.class),
        rs.getString("locality_name"), rs.getString("area"), InitiativeStatus.valueOf(rs.getString("status")),
        involvement, evaluation == null ? null : EvaluationKind.valueOf(evaluation), rs.getString("outcomes"),
        milestones(alliance, id), measures(alliance, id), voided == null ? null : voided.toInstant(),
        rs.getString("voided_by"), rs.getString("void_reason"), rs.getInt("version"));
  }

  private List<Milestone> milestones(UUID alliance, UUID initiative) {
    return jdbc.sql("""
        select * from initiative_milestone where alliance_id = ? and initiative_id = ?
        order by voided_at is not null, year, recorded_at, id""").params(alliance, initiative)
        .query((rs, n) -> new Milestone(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getString("text"),
            rs.getBoolean("done"), rs.getString("void_reason"), rs.getInt("version"))).list();
  }

  private List<Measure> measures(UUID alliance, UUID initiative) {
    return jdbc.sql("""
        select * from initiative_measure where alliance_id = ? and initiative_id = ?
        order by voided_at is not null, recorded_at, id""").params(alliance, initiative)
        .query((rs, n) -> new Measure(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBigDecimal("value"),
            rs.getString("unit"), rs.getString("void_reason"))).list();
  }
}
