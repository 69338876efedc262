package org.bridgeway.plans;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.bridgeway.plans.internal.PlanStore;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes many past plans at once with PostgreSQL's COPY, for generators and imports: each person's agreed versions,
 * a current draft if they have one, and progress on their goals. Every version is checked by the same rules as
 * the form, as of the day it was agreed, and every draft as of today; the first broken one stops the write and
 * the caller's transaction saves nothing. Goals must carry their ids, so progress can name them. Unlike
 * {@link Plans}, it writes no audit entry per plan.
 */
@Component
public class PlansBulkWriter {

  private static final String VERSION_COPY = """
      copy support_plan_version (alliance_id, person_id, number, content, review_on, drafted_by, drafted_name,
        worker_agreed_by, worker_agreed_name, worker_agreed_at, person_agreed_by, person_agreed_name,
        person_agreed_at, agreed_at) from stdin""";
  private static final String DRAFT_COPY = """
      copy support_plan_draft (alliance_id, id, person_id, content, started_from, version, changed_by, changed_name,
        changed_at) from stdin""";
  private static final String PROGRESS_COPY = """
      copy support_plan_progress (alliance_id, id, person_id, goal_id, recorded_on, progress, note, by_person,
        recorded_by, recorded_name, recorded_at) from stdin""";

  private final DataSource dataSource;

  PlansBulkWriter(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A version agreed on a day, drafted by the worker, agreed by the worker and the person. */
  public record PastVersion(PlanContent content, LocalDate agreedOn, String workerBy, String workerName,
      String personBy, String personName) {}

  /** Progress on a goal, by the worker or, when {@code byPerson}, by the person. */
  public record PastProgress(UUID goalId, LocalDate on, Progress progress, @Nullable String note, boolean byPerson,
      String by, String name) {}

  /** A person's plan history, oldest version first, and a draft being written now, by someone. */
  public record PastPlan(UUID personId, List<PastVersion> versions, @Nullable PlanContent draft, String draftBy,
      String draftName, List<PastProgress> progress) {}

  /** Writes the plans; returns how many versions. */
  public long write(UUID alliance, List<PastPlan> plans, LocalDate today) {
    Rows versions = new Rows();
    Rows drafts = new Rows();
    Rows progress = new Rows();
    long count = 0;
    for (int p = 0; p < plans.size(); p++) {
      PastPlan plan = plans.get(p);
      for (int v = 0; v < plan.versions().size(); v++) {
        PastVersion version = plan.versions().get(v);
        check(version.content(), version.agreedOn(), "Plan " + (p + 1) + ", version " + (v + 1));
        Instant agreed = version.agreedOn().atTime(11, 0).toInstant(ZoneOffset.UTC);
        versions.row(alliance, plan.personId(), v + 1, PlanStore.json(version.content()),
            version.content().reviewOn(), version.workerBy(), version.workerName(), version.workerBy(),
            version.workerName(), agreed.minusSeconds(3_600), version.personBy(), version.personName(), agreed,
            agreed);
        count++;
      }
      if (plan.draft() != null) {
        check(plan.draft(), today, "Plan " + (p + 1) + ", draft");
        drafts.row(alliance, UUID.randomUUID(), plan.personId(), PlanStore.json(plan.draft()),
            plan.versions().isEmpty() ? null : plan.versions().size(), 1, plan.draftBy(), plan.draftName(),
            today.atTime(9, 30).toInstant(ZoneOffset.UTC));
      }
      for (PastProgress entry : plan.progress()) {
        progress.row(alliance, UUID.randomUUID(), plan.personId(), entry.goalId(), entry.on(),
            entry.progress().name(), entry.note(), entry.byPerson(), entry.by(), entry.name(),
            entry.on().atTime(15, 0).toInstant(ZoneOffset.UTC));
      }
    }
    copy(VERSION_COPY, versions);
    copy(DRAFT_COPY, drafts);
    copy(PROGRESS_COPY, progress);
    return count;
  }

  private static void check(PlanContent content, LocalDate on, String which) {
    List<FieldProblem> problems = new java.util.ArrayList<>(content.problems(on));
    if (content.goals().stream().anyMatch(g -> g.id() == null)) {
      problems.add(new FieldProblem("goals", "Every goal needs its id"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems.stream()
          .map(pr -> new FieldProblem(pr.field(), which + ": " + pr.message())).toList());
    }
  }

  private void copy(String sql, Rows rows) {
    if (rows.text.isEmpty()) {
      return;
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection.unwrap(PGConnection.class).getCopyAPI()
          .copyIn(sql, new ByteArrayInputStream(rows.text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Could not copy plans into the database: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /** Rows in COPY's text format: tab between columns, \N for nothing, backslash escapes. */
  private static final class Rows {

    private final StringBuilder text = new StringBuilder();

    void row(@Nullable Object... values) {
      for (int i = 0; i < values.length; i++) {
        text.append(i == 0 ? "" : "\t");
        if (values[i] == null) {
          text.append("\\N");
          continue;
        }
        for (char c : values[i].toString().toCharArray()) {
          switch (c) {
            case '\\' -> text.append("\\\\");
            case '\t' -> text.append("\\t");
            case '\n' -> text.append("\\n");
            case '\r' -> text.append("\\r");
            default -> text.append(c);
          }
        }
      }
      text.append('\n');
    }
  }
}
