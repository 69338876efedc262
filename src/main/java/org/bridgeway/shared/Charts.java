package org.bridgeway.shared;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * Charts drawn on the server with JFreeChart and written as SVG by JFreeSVG, so they need no JavaScript and
 * scale with the page. A page shows a chart as an image ({@code <img src="...svg" alt="...">}) next to a table
 * of the same figures, which is what assistive technology reads; the SVG carries its own title and description
 * as well. The SVG is served by {@link #response}, with a content security policy of its own: an SVG shown as
 * an image runs no script, and its drawing styles are inline.
 */
public final class Charts {

  /** NHS.UK colours, in the order series take them: blue, dark green, purple, warm yellow, dark pink, grey. */
  private static final Paint[] SERIES = {new Color(0x005eb8), new Color(0x007f3b), new Color(0x330072),
      new Color(0xffb81c), new Color(0x7c2855), new Color(0x768692)};

  /** The policy sent with a chart: nothing may load, and the drawing's inline styles apply. */
  public static final String CHART_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

  private Charts() {}

  /** Applies the NHS.UK look: white ground, dark text in Arial, the NHS colours for the series. */
  public static JFreeChart styled(JFreeChart chart) {
    StandardChartTheme theme = new StandardChartTheme("NHS.UK");
    theme.setExtraLargeFont(new Font("Arial", Font.BOLD, 20));
    theme.setLargeFont(new Font("Arial", Font.BOLD, 16));
    theme.setRegularFont(new Font("Arial", Font.PLAIN, 14));
    theme.setSmallFont(new Font("Arial", Font.PLAIN, 12));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(new Color(0xd8dde0));
    theme.setRangeGridlinePaint(new Color(0xd8dde0));
    theme.setAxisLabelPaint(new Color(0x212b32));
    theme.setTickLabelPaint(new Color(0x212b32));
    theme.setTitlePaint(new Color(0x212b32));
    theme.setLegendItemPaint(new Color(0x212b32));
    theme.setDrawingSupplier(new DefaultDrawingSupplier(SERIES, SERIES, SERIES,
        new java.awt.Stroke[] {new BasicStroke(3f)}, new java.awt.Stroke[] {new BasicStroke(1f)},
        DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    theme.apply(chart);
    chart.setAntiAlias(true);
    return chart;
  }

  /**
   * The chart drawn as a standalone SVG document of the given size, scaling to its container, with a
   * {@code <title>} and {@code <desc>} for assistive technology.
   */
  public static byte[] svg(JFreeChart chart, int width, int height, String title, String description) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    chart.draw(g2, new Rectangle(0, 0, width, height));
    String element = g2.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
    int open = element.indexOf('>') + 1;
    String labelled = element.substring(0, open).replaceFirst("<svg ", "<svg role=\"img\" ")
        + "<title>" + HtmlUtils.htmlEscape(title) + "</title><desc>" + HtmlUtils.htmlEscape(description)
        + "</desc>" + element.substring(open);
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + labelled).getBytes(StandardCharsets.UTF_8);
  }

  /** A response carrying a chart: SVG, kept privately for a minute, under the chart's own security policy. */
  public static ResponseEntity<byte[]> response(byte[] svg) {
    return ResponseEntity.ok()
        .contentType(MediaType.valueOf("image/svg+xml"))
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate())
        .header("Content-Security-Policy", CHART_SECURITY_POLICY)
        .body(svg);
  }
}
