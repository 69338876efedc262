package org.bridgeway.reports.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bridgeway.figures.FigureId;
import org.bridgeway.money.BudgetYear;
import org.bridgeway.money.MonthCost;
import org.bridgeway.reports.Quarterly;
import org.bridgeway.shared.Charts;
import org.bridgeway.shared.Pdf;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes the quarterly report as an A4 PDF through an HTML template ({@link Pdf}: openhtmltopdf over PDFBox, tagged
 * for accessibility): the alliance and quarter on the first page, a contents list, every figure with its baseline,
 * change, target and status, the charts drawn by JFreeChart as PNG images each followed by a table of the same
 * values, the definitions, and page numbers on every page. Title, subject and language (en-GB) are set as the
 * document's metadata.
 */
@Component
class QuarterlyPdf {

  private static final int WIDTH = 900;
  private static final int HEIGHT = 450;

  private final TemplateEngine templates;

  QuarterlyPdf(TemplateEngine templates) {
    this.templates = templates;
  }

  /** A figure's name and definition as printed. */
  record Definition(String title, String definition) {}

  /**
   * The definition in the characters the PDF's typeface has: its ceiling brackets, as in "rank ⌈n/2⌉", are
   * written out in words ("rank n/2 rounded up").
   */
  static String printable(String definition) {
    return definition.replaceAll("⌈([^⌉]*)⌉", "$1 rounded up");
  }

  static String title(Quarterly q) {
    return q.allianceName() + ": quarterly report, " + q.quarter().label();
  }

  byte[] render(Quarterly q) {
    Map<String, Object> values = new HashMap<>();
    values.put("q", q);
    values.put("title", title(q));
    values.put("peopleChart", png(lines(q, List.of(FigureId.CASELOAD, FigureId.RESIDENTIAL_PLACEMENTS))));
    values.put("flowChart", png(lines(q, List.of(FigureId.REHAB_ADMISSIONS, FigureId.RESIDENTIAL_ENTRANCES,
        FigureId.RESIDENTIAL_DISCHARGES, FigureId.MOVED_ON))));
    values.put("budgetChart", q.budget() == null ? null : png(budget(q.budget())));
    values.put("definitions", java.util.Arrays.stream(FigureId.values())
        .map(id -> new Definition(id.title(), printable(id.definition()))).toList());
    values.put("made", java.time.LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy")));
    String html = templates.process("reports/quarterly-pdf", new Context(Locale.UK, values));
    return Pdf.render(html, "The quarterly report");
  }

  /** The figures over the quarters as lines; a suppressed value leaves a gap. */
  private static JFreeChart lines(Quarterly q, List<FigureId> ids) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Quarterly.QuarterValues values : q.series()) {
      for (FigureId id : ids) {
        data.addValue(values.values().get(q.charted().indexOf(id)), id.title(), values.quarter().shortLabel());
      }
    }
    JFreeChart chart = ChartFactory.createLineChart(null, "Quarter", "Number", data, PlotOrientation.VERTICAL,
        true, false, false);
    return Charts.styled(chart);
  }

  /** Each month's cost of care, actual or forecast, against a twelfth of the original budget, in pounds. */
  private static JFreeChart budget(BudgetYear year) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    BigDecimal twelfth = BigDecimal.valueOf(year.originalPence()).movePointLeft(2)
        .divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP);
    for (MonthCost m : year.months()) {
      BigDecimal pounds = BigDecimal.valueOf(m.pence()).movePointLeft(2);
      data.addValue(m.actual() ? pounds : null, "Cost of care (actual)", m.shortLabel());
      data.addValue(m.actual() ? null : pounds, "Cost of care (forecast)", m.shortLabel());
      data.addValue(twelfth, "A twelfth of the budget", m.shortLabel());
    }
    JFreeChart chart = ChartFactory.createBarChart(null, "Month", "Pounds", data, PlotOrientation.VERTICAL, true,
        false, false);
    return Charts.styled(chart);
  }

  private static String png(JFreeChart chart) {
    try {
      byte[] bytes = ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("A chart could not be drawn", e);
    }
  }
}
