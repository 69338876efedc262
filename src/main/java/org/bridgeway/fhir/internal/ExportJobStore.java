package org.bridgeway.fhir.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The bulk export jobs and their NDJSON files, within an alliance. */
@Component
class ExportJobStore {

  /** A job as kept. */
  record Job(UUID allianceId, UUID id, String requestedBy, String requestUrl, List<String> types, String status,
      String progress, @Nullable String failure, Instant transactionTime) {}

  /** A file of a finished job, without its content. */
  record File(String resourceType, int resources) {}

  private final JdbcClient jdbc;

  ExportJobStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Job job) {
    jdbc.sql("""
            insert into fhir_export_job (alliance_id, id, requested_by, request_url, resource_types, status,
              transaction_time) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(job.allianceId(), job.id(), job.requestedBy(), job.requestUrl(), String.join(",", job.types()),
            job.status(), Timestamp.from(job.transactionTime()))
        .update();
  }

  Optional<Job> find(UUID alliance, UUID id) {
    return jdbc.sql("select * from fhir_export_job where alliance_id = ? and id = ?").params(alliance, id)
        .query((rs, n) -> new Job(rs.getObject("alliance_id", UUID.class), rs.getObject("id", UUID.class),
            rs.getString("requested_by"), rs.getString("request_url"),
            Arrays.asList(rs.getString("resource_types").split(",")), rs.getString("status"),
            rs.getString("progress"), rs.getString("failure"), rs.getTimestamp("transaction_time").toInstant()))
        .optional();
  }

  /** Sets the progress of a running job; false once it is no longer running (it was cancelled). */
  boolean progress(UUID alliance, UUID id, String progress) {
    return jdbc.sql("update fhir_export_job set progress = ? where alliance_id = ? and id = ? and status = 'RUNNING'")
        .params(progress, alliance, id).update() == 1;
  }

  /** Ends a running job as complete, failed or cancelled; false when it had already ended. */
  boolean finish(UUID alliance, UUID id, String status, @Nullable String failure) {
    return jdbc.sql("""
            update fhir_export_job set status = ?, failure = ?, finished_at = now()
            where alliance_id = ? and id = ? and status = 'RUNNING'""")
        .params(status, failure, alliance, id).update() == 1;
  }

  /** Cancels a job that is running or complete; false when it had failed or was already cancelled. */
  boolean cancel(UUID alliance, UUID id) {
    return jdbc.sql("""
            update fhir_export_job set status = 'CANCELLED', finished_at = coalesce(finished_at, now())
            where alliance_id = ? and id = ? and status in ('RUNNING', 'COMPLETE')""")
        .params(alliance, id).update() == 1;
  }

  void addFile(UUID alliance, UUID job, String resourceType, int resources, byte[] content) {
    jdbc.sql("""
            insert into fhir_export_file (alliance_id, job_id, resource_type, resources, content)
            values (?, ?, ?, ?, ?)""")
        .params(alliance, job, resourceType, resources, content).update();
  }

  List<File> files(UUID alliance, UUID job) {
    return jdbc.sql("select resource_type, resources from fhir_export_file where alliance_id = ? and job_id = ?"
            + " order by resource_type")
        .params(alliance, job).query((rs, n) -> new File(rs.getString(1), rs.getInt(2))).list();
  }

  Optional<byte[]> content(UUID alliance, UUID job, String resourceType) {
    return jdbc.sql("select content from fhir_export_file where alliance_id = ? and job_id = ? and resource_type = ?")
        .params(alliance, job, resourceType).query((rs, n) -> rs.getBytes(1)).optional();
  }
}
