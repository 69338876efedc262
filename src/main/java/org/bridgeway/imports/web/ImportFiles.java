package org.bridgeway.imports.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.imports.ImportJob;
import org.bridgeway.imports.ImportKind;
import org.bridgeway.imports.Imports;
import org.bridgeway.imports.RowProblem;
import org.bridgeway.imports.internal.Templates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The templates to download, and a check's whole report as a CSV file. */
@Controller
class ImportFiles {

  private static final MediaType WORKBOOK =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final Imports imports;

  ImportFiles(Imports imports) {
    this.imports = imports;
  }

  @GetMapping("/imports/templates/{kind}.csv")
  ResponseEntity<byte[]> csvTemplate(@AuthenticationPrincipal CurrentUser user, @PathVariable String kind) {
    imports.recent(user);
    ImportKind chosen = ImportKind.fromSlug(kind);
    return file(Templates.csv(chosen), CSV, chosen.slug() + "-template.csv");
  }

  @GetMapping("/imports/templates/{kind}.xlsx")
  ResponseEntity<byte[]> workbookTemplate(@AuthenticationPrincipal CurrentUser user, @PathVariable String kind) {
    imports.recent(user);
    ImportKind chosen = ImportKind.fromSlug(kind);
    return file(Templates.workbook(chosen), WORKBOOK, chosen.slug() + "-template.xlsx");
  }

  @GetMapping("/imports/{id}/report.csv")
  ResponseEntity<byte[]> report(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    ImportJob job = imports.job(user, id);
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord("line", "field", "reason");
      for (RowProblem p : imports.problems(user, id, Integer.MAX_VALUE)) {
        printer.printRecord(p.line(), p.field(), p.reason());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file(out.toString().getBytes(StandardCharsets.UTF_8), CSV, "refused-rows-" + job.kind().slug() + ".csv");
  }

  private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }
}
