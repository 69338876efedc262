package org.bridgeway.figures.web;

import org.bridgeway.access.CurrentUser;
import org.bridgeway.figures.AllianceFigures;
import org.bridgeway.figures.Choice;
import org.bridgeway.figures.FigureId;
import org.bridgeway.figures.FigureRecords;
import org.bridgeway.figures.FiguresForm;
import org.bridgeway.figures.Filters;
import org.bridgeway.figures.Period;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.RecordNotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The records behind one figure (its drill-down), for the period and filters of the dashboard, taking the same
 * query parameters; paged. Administrators and managers only: commissioners see aggregates alone.
 */
@Controller
class FigureRecordsPages {

  private final FigureRecords records;
  private final AllianceFigures figures;

  FigureRecordsPages(FigureRecords records, AllianceFigures figures) {
    this.records = records;
    this.figures = figures;
  }

  @GetMapping("/figures/{figureId}/records")
  String records(@AuthenticationPrincipal CurrentUser user, @PathVariable String figureId,
      @ModelAttribute FiguresForm form, @RequestParam(defaultValue = "0") int page, Model model) {
    if (!FigureRecords.mayDrill(user)) {
      throw new AccessDenied("records behind the figures");
    }
    FigureId figure = FigureId.of(figureId).orElseThrow(() -> new RecordNotFound("Figure"));
    Choice choice = form.choice(figures.defaultPeriod());
    FigureRecords.Page shown = records.read(user, figure, choice.period(), choice.filters(), page);
    model.addAttribute("figure", figure);
    model.addAttribute("shown", shown);
    model.addAttribute("wide", true);
    String query = query(choice.period(), choice.filters());
    model.addAttribute("dashboardLink", "/figures" + query);
    model.addAttribute("pageLink", "/figures/" + figure.id() + "/records" + query + "&");
    return "figures/records";
  }

  /** The dashboard's query for a period and filters, starting with "?". */
  static String query(Period p, Filters f) {
    StringBuilder q = new StringBuilder("?startDay=" + p.start().getDayOfMonth() + "&startMonth="
        + p.start().getMonthValue() + "&startYear=" + p.start().getYear() + "&endDay=" + p.end().getDayOfMonth()
        + "&endMonth=" + p.end().getMonthValue() + "&endYear=" + p.end().getYear());
    if (f.organisationId() != null) {
      q.append("&organisation=").append(f.organisationId());
    }
    if (f.serviceId() != null) {
      q.append("&service=").append(f.serviceId());
    }
    if (f.serviceKind() != null) {
      q.append("&serviceKind=").append(f.serviceKind().name());
    }
    if (f.localityId() != null) {
      q.append("&locality=").append(f.localityId());
    }
    return q.toString();
  }
}
