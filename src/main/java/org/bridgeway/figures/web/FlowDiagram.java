package org.bridgeway.figures.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.figures.Flows;
import org.bridgeway.figures.Flows.Flow;
import org.bridgeway.figures.Flows.Way;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.springframework.web.util.HtmlUtils;

/**
 * The flow between kinds of setting drawn as a Sankey-style diagram with JFreeSVG: where stays came from on the
 * left, where they went on the right, each side in the order of the ladder (most restrictive at the top, home or
 * elsewhere first on the left and last on the right), and a band for each flow as wide as its count. Moves down
 * the ladder are solid blue bands; moves up are hatched purple bands with a dashed edge; moves across a level
 * have a dotted edge; entries and exits are grey. Flows not shown to a user (small numbers) are not drawn.
 */
final class FlowDiagram {

  static final int WIDTH = 900;
  private static final int TOP = 60;
  private static final int PLOT = 440;
  private static final int GAP = 14;
  private static final int NODE = 14;
  private static final int LEFT = 230;
  private static final int RIGHT = WIDTH - 230;
  private static final Color DOWN = new Color(0x005eb8);
  private static final Color UP = new Color(0x330072);
  private static final Color OTHER = new Color(0x768692);
  private static final Color TEXT = new Color(0x212b32);

  private FlowDiagram() {}

  static byte[] svg(Flows.FlowChart chart, String title, String description) {
    List<Flow> shown = chart.flows().stream().filter(f -> !f.hidden() && f.stays() > 0).toList();
    Map<String, Long> from = new LinkedHashMap<>();
    Map<String, Long> to = new LinkedHashMap<>();
    from.put(Flows.ELSEWHERE, 0L);
    chart.kinds().forEach(k -> {
      from.put(k.label(), 0L);
      to.put(k.label(), 0L);
    });
    to.put(Flows.ELSEWHERE, 0L);
    to.put(Flows.DIED, 0L);
    shown.forEach(f -> {
      from.merge(f.fromText(), f.stays(), Long::sum);
      to.merge(f.toText(), f.stays(), Long::sum);
    });
    from.values().removeIf(n -> n == 0);
    to.values().removeIf(n -> n == 0);
    long total = Math.max(1, Math.max(sum(from), sum(to)));
    double scale = (PLOT - GAP * Math.max(from.size(), to.size())) / (double) total;
    int height = TOP + PLOT + 90;
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, WIDTH, height));
    g.setColor(TEXT);
    g.setFont(new Font("Arial", Font.BOLD, 18));
    g.drawString(title, 20, 28);
    g.setFont(new Font("Arial", Font.PLAIN, 13));
    g.drawString("From", LEFT - 40, TOP - 10);
    g.drawString("To", RIGHT, TOP - 10);
    Map<String, double[]> left = nodes(g, from, LEFT - NODE, scale, true);
    Map<String, double[]> right = nodes(g, to, RIGHT, scale, false);
    for (Flow f : shown) {
      double w = f.stays() * scale;
      double[] a = left.get(f.fromText());
      double[] b = right.get(f.toText());
      band(g, f.way(), a[0], b[0], w);
      a[0] += w;
      b[0] += w;
    }
    legend(g, TOP + PLOT + 30);
    if (shown.isEmpty()) {
      g.setColor(TEXT);
      g.drawString("No moves, entries or exits to draw in this period.", LEFT + 20, TOP + 40);
    }
    String element = g.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, height), null, null);
    int open = element.indexOf('>') + 1;
    String labelled = element.substring(0, open).replaceFirst("<svg ", "<svg role=\"img\" ") + "<title>"
        + HtmlUtils.htmlEscape(title) + "</title><desc>" + HtmlUtils.htmlEscape(description) + "</desc>"
        + element.substring(open);
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + labelled).getBytes(StandardCharsets.UTF_8);
  }

  /** Draws each node as a bar with its name; answers where each node's next band starts. */
  private static Map<String, double[]> nodes(SVGGraphics2D g, Map<String, Long> counts, int x, double scale,
      boolean labelLeft) {
    Map<String, double[]> next = new LinkedHashMap<>();
    double y = TOP;
    for (Map.Entry<String, Long> node : counts.entrySet()) {
      double h = node.getValue() * scale;
      g.setColor(TEXT);
      g.fill(new Rectangle2D.Double(x, y, NODE, Math.max(1, h)));
      String label = node.getKey();
      int textWidth = g.getFontMetrics().stringWidth(label);
      g.drawString(label, labelLeft ? x - 8 - textWidth : x + NODE + 8, (float) (y + h / 2 + 5));
      next.put(node.getKey(), new double[] {y});
      y += h + GAP;
    }
    return next;
  }

  private static void band(SVGGraphics2D g, Way way, double y1, double y2, double w) {
    double x1 = LEFT;
    double x2 = RIGHT;
    double mid = (x1 + x2) / 2;
    GeneralPath path = new GeneralPath();
    path.moveTo(x1, y1);
    path.curveTo(mid, y1, mid, y2, x2, y2);
    path.lineTo(x2, y2 + w);
    path.curveTo(mid, y2 + w, mid, y1 + w, x1, y1 + w);
    path.closePath();
    Color colour = way == Way.DOWN ? DOWN : way == Way.UP ? UP : OTHER;
    g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), way == Way.DOWN ? 170 : 90));
    g.fill(path);
    if (way == Way.UP) {
      hatch(g, path, LEFT, RIGHT, Math.min(y1, y2), Math.max(y1, y2) + w);
    }
    g.setColor(colour);
    g.setStroke(stroke(way));
    g.draw(path);
    g.setStroke(new BasicStroke(1f));
  }

  /** Diagonal hatching over an upward band, so it differs from a downward one without colour. */
  private static void hatch(SVGGraphics2D g, GeneralPath path, double from, double to, double top,
      double bottom) {
    java.awt.Shape clip = g.getClip();
    g.setClip(path);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(2f));
    for (double x = from - (bottom - top); x < to; x += 10) {
      g.draw(new java.awt.geom.Line2D.Double(x, bottom, x + (bottom - top), top));
    }
    g.setClip(clip);
  }

  private static BasicStroke stroke(Way way) {
    return switch (way) {
      case UP -> new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f);
      case ACROSS -> new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 4f}, 0f);
      default -> new BasicStroke(1.5f);
    };
  }

  private static void legend(SVGGraphics2D g, int y) {
    List<Object[]> keys = new ArrayList<>();
    keys.add(new Object[] {Way.DOWN, "Down the ladder: solid"});
    keys.add(new Object[] {Way.UP, "Up the ladder: hatched, dashed edge"});
    keys.add(new Object[] {Way.ACROSS, "Across a level: dotted edge"});
    keys.add(new Object[] {Way.ENTRY, "Entry or exit: grey"});
    int x = 20;
    for (Object[] key : keys) {
      Way way = (Way) key[0];
      GeneralPath swatch = new GeneralPath(new Rectangle2D.Double(x, y, 36, 16));
      Color colour = way == Way.DOWN ? DOWN : way == Way.UP ? UP : OTHER;
      g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), way == Way.DOWN ? 170 : 90));
      g.fill(swatch);
      if (way == Way.UP) {
        hatch(g, swatch, x, x + 36, y, y + 16);
      }
      g.setColor(colour);
      g.setStroke(stroke(way));
      g.draw(swatch);
      g.setStroke(new BasicStroke(1f));
      g.setColor(TEXT);
      g.drawString((String) key[1], x + 44, y + 13);
      x += 44 + g.getFontMetrics().stringWidth((String) key[1]) + 24;
    }
  }

  private static long sum(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
