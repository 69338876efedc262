package org.bridgeway.health.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.health.AlcoholStatus;
import org.bridgeway.health.Element;
import org.bridgeway.health.Intervention;
import org.bridgeway.health.InterventionKind;
import org.bridgeway.health.NewCheck;
import org.bridgeway.health.Outcome;
import org.bridgeway.health.Reading;
import org.bridgeway.health.Response;
import org.bridgeway.health.Smoking;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The element and intervention rows of a check's revision. */
final class ReadingRows {

  private ReadingRows() {}

  static void insert(JdbcClient jdbc, UUID alliance, UUID check, int revision, NewCheck content) {
    for (Reading r : content.readings()) {
      jdbc.sql("""
              insert into health_check_element (alliance_id, check_id, revision, element, outcome, taken_on, reason,
                alcohol_units, alcohol_status, glucose, hba1c, systolic, diastolic, height_cm, weight_kg, bmi,
                total_cholesterol, hdl, cholesterol_ratio, smoking, cigarettes_a_day)
              values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(alliance, check, revision, r.element().name(), r.outcome().name(), r.takenOn(),
              r.reason() == null ? null : r.reason().trim(), r.alcoholUnits(), name(r.alcoholStatus()),
              r.glucose(), r.hba1c(), r.systolic(), r.diastolic(), r.heightCm(), r.weightKg(), r.bmi(),
              r.totalCholesterol(), r.hdl(), r.ratio(), name(r.smoking()), r.perDay())
          .update();
    }
    for (Intervention i : content.interventions()) {
      jdbc.sql("insert into health_check_intervention (alliance_id, check_id, revision, kind, response)"
              + " values (?, ?, ?, ?, ?)")
          .params(alliance, check, revision, i.kind().name(), i.response().name()).update();
    }
  }

  static Map<UUID, List<Reading>> readings(JdbcClient jdbc, UUID alliance, Collection<UUID> checks) {
    return HealthCheckStore.grouped(jdbc.sql("""
            select e.* from health_check_element e
            join health_check c on c.alliance_id = e.alliance_id and c.id = e.check_id and c.version = e.revision
            where e.alliance_id = :alliance and e.check_id in (:checks)""")
        .param("alliance", alliance).param("checks", checks)
        .query((rs, n) -> Map.entry(rs.getObject("check_id", UUID.class), reading(rs)))
        .list().stream().sorted((a, b) -> a.getValue().element().compareTo(b.getValue().element())).toList());
  }

  static Map<UUID, List<Intervention>> interventions(JdbcClient jdbc, UUID alliance, Collection<UUID> checks) {
    return HealthCheckStore.grouped(jdbc.sql("""
            select i.* from health_check_intervention i
            join health_check c on c.alliance_id = i.alliance_id and c.id = i.check_id and c.version = i.revision
            where i.alliance_id = :alliance and i.check_id in (:checks) order by i.kind""")
        .param("alliance", alliance).param("checks", checks)
        .query((rs, n) -> Map.entry(rs.getObject("check_id", UUID.class), new Intervention(
            InterventionKind.valueOf(rs.getString("kind")), Response.valueOf(rs.getString("response")))))
        .list());
  }

  private static Reading reading(ResultSet rs) throws SQLException {
    String alcohol = rs.getString("alcohol_status");
    String smoking = rs.getString("smoking");
    return new Reading(Element.valueOf(rs.getString("element")), Outcome.valueOf(rs.getString("outcome")),
        rs.getObject("taken_on", LocalDate.class), rs.getString("reason"), rs.getObject("alcohol_units", Integer.class),
        alcohol == null ? null : AlcoholStatus.valueOf(alcohol), decimal(rs, "glucose"), decimal(rs, "hba1c"),
        rs.getObject("systolic", Integer.class), rs.getObject("diastolic", Integer.class), decimal(rs, "height_cm"),
        decimal(rs, "weight_kg"), rs.getBigDecimal("bmi"), decimal(rs, "total_cholesterol"), decimal(rs, "hdl"),
        decimal(rs, "cholesterol_ratio"), smoking == null ? null : Smoking.valueOf(smoking),
        rs.getObject("cigarettes_a_day", Integer.class));
  }

  private static @Nullable BigDecimal decimal(ResultSet rs, String column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    return value == null ? null : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value
        .stripTrailingZeros();
  }

  private static @Nullable String name(@Nullable Enum<?> value) {
    return value == null ? null : value.name();
  }
}
