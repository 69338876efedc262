package org.bridgeway.reports.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.reports.Quarter;
import org.bridgeway.reports.QuarterlyReport;
import org.bridgeway.shared.TableExport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page to choose a quarter, and the quarterly report for commissioners as a PDF. */
@Controller
class QuarterlyPages {

  /** What the quarter form sends. */
  record QuarterForm(@Nullable String quarter) {}

  private final QuarterlyReport quarterly;
  private final QuarterlyPdf pdf;

  QuarterlyPages(QuarterlyReport quarterly, QuarterlyPdf pdf) {
    this.quarterly = quarterly;
    this.pdf = pdf;
  }

  @GetMapping("/reports/quarterly")
  String choose(Model model) {
    Map<String, String> options = new LinkedHashMap<>();
    quarterly.offered().forEach(q -> options.put(q.code(), q.label()));
    model.addAttribute("quarterOptions", options);
    model.addAttribute("form", new QuarterForm(quarterly.lastFullQuarter().code()));
    model.addAttribute("errors", Map.of());
    return "reports/quarterly";
  }

  /** The report for the quarter asked for; without one, the page to choose it. */
  @GetMapping("/reports/quarterly.pdf")
  ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) @Nullable String quarter) {
    if (quarter == null || quarter.isBlank()) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/reports/quarterly")).build();
    }
    Quarter q = Quarter.parse(quarter);
    byte[] body = pdf.render(quarterly.report(user, q));
    return TableExport.download(body, MediaType.APPLICATION_PDF, "quarterly-report-" + q.code() + ".pdf");
  }
}
