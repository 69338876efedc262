package org.bridgeway.workforce.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.shared.Charts;
import org.bridgeway.shared.DateParts;
import org.bridgeway.workforce.Rota;
import org.bridgeway.workforce.WorkforceBreakdown;
import org.bridgeway.workforce.WorkforceFigures;
import org.bridgeway.workforce.WorkforceRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The workforce on a chosen day, for managers, commissioners and administrators: a table and a chart. */
@Controller
class WorkforcePages {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final WorkforceFigures figures;
  private final Rota rota;

  WorkforcePages(WorkforceFigures figures, Rota rota) {
    this.figures = figures;
    this.rota = rota;
  }

  @GetMapping("/workforce")
  String workforce(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String onDay,
      @RequestParam(required = false) @Nullable String onMonth, @RequestParam(required = false) @Nullable String onYear,
      Model model) {
    LocalDate day = DateParts.blank(onDay, onMonth, onYear) ? rota.today()
        : DateParts.parse(onDay, onMonth, onYear).orElse(null);
    model.addAttribute("errors", day == null ? Map.of("on", "Enter a real date, like 2 3 2026") : Map.of());
    model.addAttribute("form", day == null ? new DayForm(onDay, onMonth, onYear) : DayForm.of(day));
    WorkforceBreakdown breakdown = figures.on(user, day == null ? rota.today() : day);
    model.addAttribute("w", breakdown);
    model.addAttribute("dayText", DAY.format(breakdown.day()));
    model.addAttribute("chartAlt", "Chart of whole-time equivalents by organisation on " + DAY.format(breakdown.day())
        + ". The table above has the same figures.");
    return "workforce/workforce";
  }

  @GetMapping("/workforce/chart.svg")
  ResponseEntity<byte[]> chart(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) @Nullable String on) {
    LocalDate day = rota.today();
    try {
      if (on != null && !on.isBlank()) {
        day = LocalDate.parse(on);
      }
    } catch (java.time.format.DateTimeParseException e) {
      day = rota.today();
    }
    WorkforceBreakdown w = figures.on(user, day);
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (WorkforceRow row : w.byOrganisation()) {
      data.addValue(row.figures().wholeTimeEquivalents(), "Whole-time equivalents", row.name());
    }
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("Organisation"),
        new NumberAxis("Whole-time equivalents"), new BarRenderer());
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ((BarRenderer) plot.getRenderer()).setShadowVisible(false);
    JFreeChart chart = Charts.styled(new JFreeChart("Whole-time equivalents by organisation",
        JFreeChart.DEFAULT_TITLE_FONT, plot, false));
    int height = 160 + 40 * Math.max(1, w.byOrganisation().size());
    return Charts.response(Charts.svg(chart, 760, height, "Whole-time equivalents by organisation on "
        + DAY.format(day), "Alliance total " + w.alliance().wholeTimeEquivalents() + " whole-time equivalents from "
        + w.alliance().headcount() + " staff. The table on the page has the figures."));
  }
}
