package org.bridgeway.health;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.shared.CopyRows;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Writes many past checks at once for the demo and the benchmarks, with COPY, in the transaction in progress.
 * Each check is held to the same rules as one typed in (on its own date), so the demo cannot hold a check the
 * pages would refuse.
 */
@Component
public class HealthChecksBulkWriter {

  private static final String CHECK_COPY = "copy health_check (alliance_id, id, person_id, check_date, staff_id,"
      + " carried_out_by, next_due, recorded_by, recorded_at) from stdin";
  private static final String ELEMENT_COPY = "copy health_check_element (alliance_id, check_id, revision, element,"
      + " outcome, taken_on, reason, alcohol_units, alcohol_status, glucose, hba1c, systolic, diastolic, height_cm,"
      + " weight_kg, bmi, total_cholesterol, hdl, cholesterol_ratio, smoking, cigarettes_a_day) from stdin";
  private static final String INTERVENTION_COPY = "copy health_check_intervention (alliance_id, check_id, revision,"
      + " kind, response) from stdin";

  /** A check done in the past, by the named worker. */
  public record PastCheck(UUID personId, String carriedOutBy, NewCheck content) {}

  private final DataSource dataSource;

  HealthChecksBulkWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public long write(UUID alliance, List<PastCheck> checks) {
    CopyRows rows = new CopyRows();
    CopyRows elements = new CopyRows();
    CopyRows interventions = new CopyRows();
    for (PastCheck past : checks) {
      NewCheck check = past.content();
      List<FieldProblem> problems = HealthRules.problems(check, check.checkDate());
      if (!problems.isEmpty()) {
        throw new InvalidInput(problems);
      }
      UUID id = UUID.randomUUID();
      rows.row(alliance, id, past.personId(), check.checkDate(), null, past.carriedOutBy(), check.due(), "demo",
          check.checkDate().atTime(14, 0).toInstant(ZoneOffset.UTC));
      for (Reading r : check.readings()) {
        elements.row(alliance, id, 0, r.element().name(), r.outcome().name(), r.takenOn(), r.reason(),
            r.alcoholUnits(), name(r.alcoholStatus()), r.glucose(), r.hba1c(), r.systolic(), r.diastolic(),
            r.heightCm(), r.weightKg(), r.bmi(), r.totalCholesterol(), r.hdl(), r.ratio(), name(r.smoking()),
            r.perDay());
      }
      for (Intervention i : check.interventions()) {
        interventions.row(alliance, id, 0, i.kind().name(), i.response().name());
      }
    }
    rows.copy(dataSource, CHECK_COPY);
    elements.copy(dataSource, ELEMENT_COPY);
    interventions.copy(dataSource, INTERVENTION_COPY);
    return checks.size();
  }

  private static @org.jspecify.annotations.Nullable Object name(@org.jspecify.annotations.Nullable Enum<?> value) {
    return value == null ? null : value.name();
  }
}
