package org.bridgeway.imports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.imports.ImportJob;
import org.bridgeway.imports.ImportKind;
import org.bridgeway.imports.RowProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Import jobs, their files while they wait, and the rows each check refused. */
@Repository
public class JobStore {

  private static final String COLUMNS = """
      id, kind, file_name, status, rows_total, rows_done, to_create, unchanged, refused, created, failure,
      created_by, created_at, finished_at""";

  private final JdbcClient jdbc;

  JobStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(UUID alliance, UUID id, ImportKind kind, String fileName, byte[] content, String by) {
    jdbc.sql("""
            insert into import_job (alliance_id, id, kind, file_name, content, status, created_by)
            values (?, ?, ?, ?, ?, 'CHECKING', ?)""")
        .params(alliance, id, kind.name(), fileName, content, by).update();
  }

  public Optional<ImportJob> find(UUID alliance, UUID id) {
    return jdbc.sql("select " + COLUMNS + " from import_job where alliance_id = ? and id = ?").params(alliance, id)
        .query((rs, n) -> job(rs)).optional();
  }

  public List<ImportJob> recent(UUID alliance, int limit) {
    return jdbc.sql("select " + COLUMNS + " from import_job where alliance_id = ? order by created_at desc limit ?")
        .params(alliance, limit).query((rs, n) -> job(rs)).list();
  }

  public byte[] content(UUID alliance, UUID id) {
    return jdbc.sql("select content from import_job where alliance_id = ? and id = ?").params(alliance, id)
        .query(byte[].class).single();
  }

  /** Moves the job on from one status to another; false when it was no longer in the first. */
  public boolean move(UUID alliance, UUID id, ImportJob.Status from, ImportJob.Status to) {
    return jdbc.sql("update import_job set status = ?, rows_done = 0 where alliance_id = ? and id = ? and status = ?")
        .params(to.name(), alliance, id, from.name()).update() == 1;
  }

  public void started(UUID alliance, UUID id, int total) {
    jdbc.sql("update import_job set rows_total = ?, rows_done = 0 where alliance_id = ? and id = ?")
        .params(total, alliance, id).update();
  }

  public void progress(UUID alliance, UUID id, int done) {
    jdbc.sql("update import_job set rows_done = ? where alliance_id = ? and id = ?").params(done, alliance, id)
        .update();
  }

  /** Ends a check or an import; the file is kept only while it waits to be imported. */
  public void finish(UUID alliance, UUID id, ImportJob.Status status, int toCreate, int unchanged, int created,
      List<RowProblem> problems, @Nullable String failure) {
    jdbc.sql("""
            update import_job set status = ?, rows_done = rows_total, to_create = ?, unchanged = ?, created = ?,
              refused = ?, failure = ?, finished_at = now(),
              content = case when ? = 'CHECKED' then content else ''::bytea end
            where alliance_id = ? and id = ?""")
        .params(status.name(), toCreate, unchanged, created, (int) problems.stream().mapToInt(RowProblem::line)
            .distinct().count(), failure, status.name(), alliance, id).update();
    for (int from = 0; from < problems.size(); from += 5_000) {
      List<RowProblem> chunk = problems.subList(from, Math.min(problems.size(), from + 5_000));
      jdbc.sql("""
              insert into import_problem (alliance_id, job_id, seq, line, field, reason)
              select ?, ?, p.n + ?, p.line, p.field, p.reason
              from unnest(?::int[], ?::text[], ?::text[]) with ordinality as p (line, field, reason, n)""")
          .params(alliance, id, from, chunk.stream().map(RowProblem::line).toArray(Integer[]::new),
              chunk.stream().map(RowProblem::field).toArray(String[]::new),
              chunk.stream().map(RowProblem::reason).toArray(String[]::new))
          .update();
    }
  }

  public List<RowProblem> problems(UUID alliance, UUID id, int limit) {
    return jdbc.sql("""
            select line, field, reason from import_problem where alliance_id = ? and job_id = ?
            order by line, seq limit ?""")
        .params(alliance, id, limit)
        .query((rs, n) -> new RowProblem(rs.getInt("line"), rs.getString("field"), rs.getString("reason"))).list();
  }

  private static ImportJob job(ResultSet rs) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new ImportJob(rs.getObject("id", UUID.class), ImportKind.valueOf(rs.getString("kind")),
        rs.getString("file_name"), ImportJob.Status.valueOf(rs.getString("status")), rs.getInt("rows_total"),
        rs.getInt("rows_done"), rs.getInt("to_create"), rs.getInt("unchanged"), rs.getInt("refused"),
        rs.getInt("created"), rs.getString("failure"), rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
  }
}
