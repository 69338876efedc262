package org.bridgeway.fhir.internal;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.fhir.internal.ExportJobStore.Job;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The kick-off of a FHIR Bulk Data export, at the system level: {@code GET /fhir/$export} with
 * {@code Prefer: respond-async}, optionally {@code _type} (a comma-separated list) and {@code _outputFormat}
 * (NDJSON only). It answers 202 Accepted at once, with the job's status URL in {@code Content-Location}; the job
 * runs in the background ({@link BulkExports}) and its status and files are served by {@link BulkExportServlet}.
 */
@Component
class BulkExportOperation {

  static final String STATUS_PATH = "/bulk-export/";
  private static final Set<String> NDJSON = Set.of("application/fhir+ndjson", "application/ndjson", "ndjson");

  private final BulkExports exports;

  BulkExportOperation(BulkExports exports) {
    this.exports = exports;
  }

  @Operation(name = "$export", idempotent = true, manualResponse = true)
  public void export(
      @OperationParam(name = "_type", typeName = "string") @Nullable IPrimitiveType<String> type,
      @OperationParam(name = "_outputFormat", typeName = "string") @Nullable IPrimitiveType<String> outputFormat,
      ServletRequestDetails request) {
    CurrentUser user = CallerInterceptor.user(request);
    String prefer = request.getHeader("Prefer");
    if (prefer == null || !prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
      throw new InvalidRequestException("Ask for a bulk export with the header Prefer: respond-async.");
    }
    if (outputFormat != null && outputFormat.getValue() != null && !NDJSON.contains(outputFormat.getValue().trim())) {
      throw new InvalidRequestException("_outputFormat must be application/fhir+ndjson.");
    }
    List<String> types = type == null || type.getValue() == null || type.getValue().isBlank() ? List.of()
        : Arrays.stream(type.getValue().split(",")).map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
    Job job = exports.start(user, request.getCompleteUrl(), types);
    var response = request.getServletResponse();
    response.setStatus(202);
    response.setHeader("Content-Location", request.getFhirServerBase() + STATUS_PATH + job.id());
    response.setContentLength(0);
  }
}
