package org.bridgeway.figures.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.bridgeway.figures.FigureTrends;
import org.bridgeway.figures.PlacesInUse;
import org.bridgeway.figures.SpendAgainstBudget;
import org.bridgeway.figures.Span;
import org.bridgeway.shared.Charts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** The charts of the figures over time, drawn with JFreeChart; each page's table carries the same numbers. */
final class ChartPictures {

  private ChartPictures() {}

  /** Bars of the figure per period, and a line of the target where there is one. Hidden values are left out. */
  static JFreeChart trend(FigureTrends.Trend trend) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    DefaultCategoryDataset lines = new DefaultCategoryDataset();
    for (FigureTrends.Point p : trend.points()) {
      bars.addValue(p.value(), trend.figure().title(), p.label());
      if (trend.hasTarget()) {
        lines.addValue(p.target(), "Target", p.label());
      }
    }
    return barsAndLines(trend.figure().title(), bars, lines, trend.figure().unit().name().toLowerCase()
        .replace('_', ' '));
  }

  /** A line per kind of setting: occupancy as a percentage of places on each period end. */
  static JFreeChart occupancy(PlacesInUse.Occupancy o) {
    DefaultCategoryDataset lines = new DefaultCategoryDataset();
    for (PlacesInUse.Row row : o.rows()) {
      for (PlacesInUse.Day d : row.days()) {
        lines.addValue(d.percent(), row.kind().label(), Span.label(new org.bridgeway.figures.Period(d.day(),
            d.day())));
      }
    }
    CategoryPlot plot = new CategoryPlot(lines, axis("Last day of the period"), new NumberAxis("Places in use, %"),
        new LineAndShapeRenderer(true, true));
    return finish("Occupancy", plot);
  }

  /** Lines of the medians and 90th percentiles of both waits per period. */
  static JFreeChart waiting(List<FigureTrends.Waiting> rows) {
    DefaultCategoryDataset lines = new DefaultCategoryDataset();
    for (FigureTrends.Waiting w : rows) {
      lines.addValue(w.decisionMedian(), "Referral to decision: median", w.label());
      lines.addValue(w.decisionNinetieth(), "Referral to decision: 90th percentile", w.label());
      lines.addValue(w.contactMedian(), "Decision to first contact: median", w.label());
      lines.addValue(w.contactNinetieth(), "Decision to first contact: 90th percentile", w.label());
    }
    CategoryPlot plot = new CategoryPlot(lines, axis("Period"), new NumberAxis("Days"),
        new LineAndShapeRenderer(true, true));
    return finish("Waiting times", plot);
  }

  /** Bars of each month's cost beside the budget's monthly share, and lines of both added up. */
  static JFreeChart spend(SpendAgainstBudget.Spend spend) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    DefaultCategoryDataset lines = new DefaultCategoryDataset();
    for (SpendAgainstBudget.Month m : spend.months()) {
      bars.addValue(m.costPence() / 100.0, m.actual() ? "Cost of care" : "Cost of care (forecast)", m.label());
      bars.addValue(m.budgetPence() / 100.0, "Budget's share", m.label());
      lines.addValue(m.cumulativeCostPence() / 100.0, "Cost so far", m.label());
      lines.addValue(m.cumulativeBudgetPence() / 100.0, "Budget so far", m.label());
    }
    JFreeChart chart = barsAndLines("Spend against budget", bars, lines, "Pounds");
    ((NumberAxis) chart.getCategoryPlot().getRangeAxis())
        .setNumberFormatOverride(NumberFormat.getCurrencyInstance(Locale.UK));
    return chart;
  }

  private static JFreeChart barsAndLines(String title, DefaultCategoryDataset bars, DefaultCategoryDataset lines,
      String unit) {
    BarRenderer renderer = new BarRenderer();
    renderer.setShadowVisible(false);
    CategoryPlot plot = new CategoryPlot(bars, axis("Period"), new NumberAxis(unit), renderer);
    if (lines.getRowCount() > 0) {
      plot.setDataset(1, lines);
      plot.setRenderer(1, new LineAndShapeRenderer(true, true));
      plot.mapDatasetToRangeAxis(1, 0);
    }
    return finish(title, plot);
  }

  private static CategoryAxis axis(String label) {
    CategoryAxis axis = new CategoryAxis(label);
    axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    return axis;
  }

  private static JFreeChart finish(String title, CategoryPlot plot) {
    return Charts.styled(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }
}
