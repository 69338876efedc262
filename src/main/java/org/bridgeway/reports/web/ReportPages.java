package org.bridgeway.reports.web;

import java.util.List;
import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.figures.Period;
import org.bridgeway.reports.Report;
import org.bridgeway.reports.ReportKind;
import org.bridgeway.reports.Reports;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.bridgeway.shared.Table;
import org.bridgeway.shared.TableExport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The reports hub and each report: chosen with a GET form, so a report can be bookmarked; a bad date is shown
 * beside its field with the default report below it. Every table downloads as CSV and as a spreadsheet for the
 * same period, under the same suppression as the page.
 */
@Controller
class ReportPages {

  private final Reports reports;
  private final AuditTrail audit;

  ReportPages(Reports reports, AuditTrail audit) {
    this.reports = reports;
    this.audit = audit;
  }

  @GetMapping("/reports")
  String hub(Model model) {
    model.addAttribute("kinds", ReportKind.values());
    return "reports/hub";
  }

  @GetMapping("/reports/{report}")
  String report(@AuthenticationPrincipal CurrentUser user, @PathVariable String report,
      @ModelAttribute ReportForm form, Model model) {
    ReportKind kind = kind(report);
    Period byDefault = reports.defaultPeriod();
    Map<String, String> errors = Map.of();
    Period period;
    try {
      period = form.period(kind, byDefault);
    } catch (InvalidInput | Refused e) {
      errors = FormErrors.of(e);
      period = ReportForm.of(kind, byDefault).period(kind, byDefault);
    }
    Report shown = reports.report(user, kind, period);
    model.addAttribute("kind", kind);
    model.addAttribute("report", shown);
    model.addAttribute("form", errors.isEmpty() ? ReportForm.of(kind, period) : form);
    model.addAttribute("errors", errors);
    model.addAttribute("query", ReportForm.query(kind, period));
    model.addAttribute("commissioner", user.is(Role.COMMISSIONER));
    model.addAttribute("wide", true);
    return "reports/report";
  }

  @GetMapping("/reports/{report}/{table}.csv")
  ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable String report,
      @PathVariable String table, @ModelAttribute ReportForm form) {
    Table t = table(user, report, table, form);
    return TableExport.csvResponse(t, report + "-" + table);
  }

  @GetMapping("/reports/{report}/{table}.xlsx")
  ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable String report,
      @PathVariable String table, @ModelAttribute ReportForm form) {
    Table t = table(user, report, table, form);
    return TableExport.xlsxResponse(List.of(t), report + "-" + table);
  }

  private Table table(CurrentUser user, String report, String table, ReportForm form) {
    ReportKind kind = kind(report);
    Report r = reports.report(user, kind, form.period(kind, reports.defaultPeriod()));
    Table t = r.table(table);
    audit.record(user, user.alliance(), AuditAction.EXPORT, "Report", null, null,
        kind.title() + " report, " + t.title() + ": " + r.covers());
    return t;
  }

  private static ReportKind kind(String slug) {
    return ReportKind.of(slug).orElseThrow(() -> new RecordNotFound("Report " + slug));
  }
}
