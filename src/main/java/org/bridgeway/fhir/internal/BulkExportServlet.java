package org.bridgeway.fhir.internal;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.fhir.internal.ExportJobStore.Job;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bulk export's status URL and files, at {@code /fhir/bulk-export/{job}} and
 * {@code /fhir/bulk-export/{job}/{type}.ndjson}. The status answers 202 with {@code X-Progress} while the job
 * runs, 200 with the manifest once it is complete, 500 with an OperationOutcome if it failed; DELETE cancels it.
 * A job the caller may not see (another alliance's, or another account's unless they are an administrator of the
 * alliance) is not found, whatever id is tried.
 */
class BulkExportServlet extends HttpServlet {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final transient BulkExports exports;
  private final transient CallerInterceptor callers;
  private final transient FhirContext fhir;

  BulkExportServlet(BulkExports exports, CallerInterceptor callers, FhirContext fhir) {
    this.exports = exports;
    this.callers = callers;
    this.fhir = fhir;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<CurrentUser> user = callers.signedIn();
    String[] parts = parts(request);
    Optional<Job> job = user.flatMap(u -> job(u, parts));
    if (user.isEmpty() || job.isEmpty() || parts.length > 2 || (parts.length == 2 && !parts[1].endsWith(".ndjson"))) {
      outcome(response, 404, IssueType.NOTFOUND, "No such bulk export.");
      return;
    }
    if (parts.length == 2) {
      String type = parts[1].substring(0, parts[1].length() - ".ndjson".length());
      Optional<byte[]> file = exports.file(user.get(), job.get(), type);
      if (file.isEmpty()) {
        outcome(response, 404, IssueType.NOTFOUND, "No such file in this bulk export.");
        return;
      }
      response.setContentType("application/fhir+ndjson");
      response.getOutputStream().write(file.get());
      return;
    }
    status(request, response, job.get());
  }

  @Override
  protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<CurrentUser> user = callers.signedIn();
    String[] parts = parts(request);
    Optional<Job> job = parts.length == 1 ? user.flatMap(u -> job(u, parts)) : Optional.empty();
    if (job.isEmpty() || !exports.cancel(user.get(), job.get())) {
      outcome(response, 404, IssueType.NOTFOUND, "No such bulk export to cancel.");
      return;
    }
    response.setStatus(202);
  }

  private void status(HttpServletRequest request, HttpServletResponse response, Job job) throws IOException {
    switch (job.status()) {
      case BulkExports.RUNNING -> {
        response.setStatus(202);
        response.setHeader("X-Progress", job.progress().isEmpty() ? "Starting" : job.progress());
        response.setHeader("Retry-After", "1");
      }
      case BulkExports.COMPLETE -> {
        String url = request.getRequestURL().toString();
        String base = url.substring(0, url.indexOf(BulkExportOperation.STATUS_PATH)) + BulkExportOperation.STATUS_PATH
            + job.id() + "/";
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("transactionTime", job.transactionTime().toString());
        manifest.put("request", job.requestUrl());
        manifest.put("requiresAccessToken", true);
        // A type with nothing to export has no file in the manifest, as the Bulk Data specification suggests.
        manifest.put("output", exports.files(job).stream().filter(f -> f.resources() > 0).map(f -> Map.of(
            "type", f.resourceType(),
            "url", base + f.resourceType() + ".ndjson", "count", f.resources())).toList());
        manifest.put("error", List.of());
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(manifest));
      }
      default -> outcome(response, 500, IssueType.EXCEPTION,
          "The bulk export failed: " + (job.failure() == null ? "no reason recorded" : job.failure()));
    }
  }

  private Optional<Job> job(CurrentUser user, String[] parts) {
    try {
      return parts.length == 0 ? Optional.empty() : exports.visible(user, UUID.fromString(parts[0]));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String[] parts(HttpServletRequest request) {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo();
    return path.replaceAll("^/+|/+$", "").isEmpty() ? new String[0] : path.replaceAll("^/+|/+$", "").split("/");
  }

  private void outcome(HttpServletResponse response, int status, IssueType type, String text) throws IOException {
    OperationOutcome outcome = new OperationOutcome();
    outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(text);
    response.setStatus(status);
    response.setContentType("application/fhir+json");
    response.getOutputStream().write(fhir.newJsonParser().encodeResourceToString(outcome)
        .getBytes(StandardCharsets.UTF_8));
  }
}
