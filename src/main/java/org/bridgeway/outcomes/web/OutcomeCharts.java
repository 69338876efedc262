package org.bridgeway.outcomes.web;

import java.time.format.DateTimeFormatter;
import org.bridgeway.outcomes.Item;
import org.bridgeway.outcomes.OutcomeResponse;
import org.bridgeway.outcomes.Score;
import org.bridgeway.shared.Charts;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** The two charts of a person's answers to one instrument, drawn as SVG. */
final class OutcomeCharts {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

  private OutcomeCharts() {}

  /** The answer to each item, first response beside the latest. */
  static byte[] items(Progress p, String whose) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    OutcomeResponse first = p.first();
    OutcomeResponse latest = p.latest();
    for (Item item : p.instrument().items()) {
      if (first != null && p.compared()) {
        data.addValue(p.answer(first, item.number()), "First, " + DAY.format(first.answeredOn()), item.domain());
      }
      if (latest != null) {
        data.addValue(p.answer(latest, item.number()), "Latest, " + DAY.format(latest.answeredOn()), item.domain());
      }
    }
    JFreeChart chart = ChartFactory.createBarChart(null, null, "Answer", data, PlotOrientation.HORIZONTAL, true,
        false, false);
    Charts.styled(chart);
    CategoryPlot plot = chart.getCategoryPlot();
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setRange(p.instrument().scaleMin() == 0 ? 0 : p.instrument().scaleMin() - 0.5, p.instrument().scaleMax());
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    int height = 120 + p.instrument().items().size() * (p.compared() ? 40 : 28);
    String title = p.instrument().name() + " answers of " + whose;
    String description = p.compared()
        ? "Each question's answer in the first and the latest " + p.instrument().name() + ", from "
            + p.instrument().scaleMin() + " to " + p.instrument().scaleMax() + ". The table below has the same numbers."
        : "Each question's answer in the latest " + p.instrument().name() + ". The table below has the same numbers.";
    return Charts.svg(chart, 760, height, title, description);
  }

  /** Every score over time, one line each. */
  static byte[] scores(Progress p, String whose) {
    TimeSeriesCollection data = new TimeSeriesCollection();
    for (int i = 0; i < p.instrument().rules().size(); i++) {
      TimeSeries series = new TimeSeries(p.instrument().rules().get(i).name());
      for (OutcomeResponse r : p.responses()) {
        if (i < r.scores().size()) {
          Score s = r.scores().get(i);
          series.addOrUpdate(new Day(r.answeredOn().getDayOfMonth(), r.answeredOn().getMonthValue(),
              r.answeredOn().getYear()), s.value());
        }
      }
      data.addSeries(series);
    }
    JFreeChart chart = ChartFactory.createTimeSeriesChart(null, "Date answered", "Score", data, true, false, false);
    Charts.styled(chart);
    XYPlot plot = chart.getXYPlot();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    plot.setRenderer(renderer);
    ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
    return Charts.svg(chart, 760, 400, p.instrument().name() + " scores over time of " + whose,
        "Each " + p.instrument().name() + " score at each date answered. The table below has the same numbers.");
  }
}
