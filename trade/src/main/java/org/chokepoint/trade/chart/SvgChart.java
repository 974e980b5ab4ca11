package org.chokepoint.trade.chart;

import java.util.List;
import java.util.Locale;
import org.chokepoint.trade.query.TradeQueries;

/**
 * Charts as standalone SVG: time series as lines and breakdowns as bars, each with its title, unit, sources and
 * coverage note written on the picture, so a chart copied out of context still says what it shows and what it
 * does not.
 */
public final class SvgChart {
  private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
      "#e377c2", "#7f7f7f"};
  private static final int WIDTH = 900;
  private static final int LEFT = 90;
  private static final int RIGHT = 30;
  private static final int TOP = 50;
  private static final int PLOT = 300;

  private SvgChart() {}

  /** A bar per label. */
  public record Bar(String label, double value) {}

  /** Lines over time; x is the month of each point. */
  public static String lines(String title, String unit, List<TradeQueries.Series> series, List<String> notes) {
    int minMonth = Integer.MAX_VALUE;
    int maxMonth = Integer.MIN_VALUE;
    double max = 0;
    for (TradeQueries.Series s : series) {
      for (TradeQueries.Point p : s.points()) {
        minMonth = Math.min(minMonth, index(p.month()));
        maxMonth = Math.max(maxMonth, index(p.month()));
        max = Math.max(max, p.value());
      }
    }
    StringBuilder svg = begin(title, series.size() * 18 + notes.size() * 16);
    if (minMonth == Integer.MAX_VALUE) {
      text(svg, LEFT, TOP + PLOT / 2, "no data", 14, "middle-left");
      return end(svg, series.size(), notes);
    }
    double scale = niceMax(max);
    axes(svg, scale, unit);
    int span = Math.max(1, maxMonth - minMonth);
    for (int year = minMonth / 12; year <= maxMonth / 12; year++) {
      int at = year * 12;
      if (at >= minMonth && at <= maxMonth || minMonth / 12 == maxMonth / 12) {
        double x = LEFT + (double) (Math.max(at, minMonth) - minMonth) / span * (WIDTH - LEFT - RIGHT);
        text(svg, x, TOP + PLOT + 18, String.valueOf(year), 11, "middle");
      }
    }
    for (int i = 0; i < series.size(); i++) {
      TradeQueries.Series s = series.get(i);
      StringBuilder path = new StringBuilder();
      for (TradeQueries.Point p : s.points()) {
        double x = LEFT + (double) (index(p.month()) - minMonth) / span * (WIDTH - LEFT - RIGHT);
        double y = TOP + PLOT - p.value() / scale * PLOT;
        path.append(path.isEmpty() ? "M" : " L").append(fmt(x)).append(',').append(fmt(y));
      }
      String colour = COLOURS[i % COLOURS.length];
      svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour)
          .append("\" stroke-width=\"2\"/>\n");
      int ly = TOP + PLOT + 40 + i * 18;
      svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(ly - 10).append("\" width=\"12\" height=\"12\" "
          + "fill=\"").append(colour).append("\"/>\n");
      text(svg, LEFT + 18, ly, s.label() + " [" + s.currency() + ", " + s.points().size() + " points]", 12, "start");
    }
    return end(svg, series.size(), notes);
  }

  /** Horizontal bars, largest first as given. */
  public static String bars(String title, String unit, List<Bar> bars, List<String> notes) {
    int n = Math.min(bars.size(), 15);
    int rowHeight = 20;
    StringBuilder svg = new StringBuilder();
    int height = TOP + n * rowHeight + 40 + notes.size() * 16 + 20;
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" font-family=\"sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    text(svg, 10, 24, title, 16, "start");
    double max = bars.stream().limit(n).mapToDouble(Bar::value).max().orElse(1);
    int labelWidth = 180;
    for (int i = 0; i < n; i++) {
      Bar b = bars.get(i);
      double w = max == 0 ? 0 : b.value() / max * (WIDTH - labelWidth - 150);
      int y = TOP + i * rowHeight;
      text(svg, labelWidth - 6, y + 14, b.label(), 12, "end");
      svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
          .append(fmt(w)).append("\" height=\"").append(rowHeight - 6).append("\" fill=\"").append(COLOURS[0])
          .append("\"/>\n");
      text(svg, labelWidth + w + 6, y + 14, number(b.value()) + " " + unit, 11, "start");
    }
    int y = TOP + n * rowHeight + 24;
    if (bars.size() > n) {
      text(svg, labelWidth, y, (bars.size() - n) + " more not shown", 11, "start");
      y += 16;
    }
    for (String note : notes) {
      text(svg, 10, y, note, 11, "start");
      y += 16;
    }
    return svg.append("</svg>\n").toString();
  }

  private static StringBuilder begin(String title, int extra) {
    StringBuilder svg = new StringBuilder();
    int height = TOP + PLOT + 60 + extra + 20;
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" font-family=\"sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    text(svg, 10, 24, title, 16, "start");
    return svg;
  }

  private static void axes(StringBuilder svg, double scale, String unit) {
    svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP + PLOT).append("\" x2=\"")
        .append(WIDTH - RIGHT).append("\" y2=\"").append(TOP + PLOT).append("\" stroke=\"#333\"/>\n");
    svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
        .append("\" y2=\"").append(TOP + PLOT).append("\" stroke=\"#333\"/>\n");
    for (int i = 0; i <= 4; i++) {
      double v = scale * i / 4;
      double y = TOP + PLOT - PLOT * i / 4.0;
      text(svg, LEFT - 6, y + 4, number(v), 11, "end");
      svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(fmt(y)).append("\" x2=\"")
          .append(WIDTH - RIGHT).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#eee\"/>\n");
    }
    text(svg, 10, TOP - 8, unit, 11, "start");
  }

  private static String end(StringBuilder svg, int legendRows, List<String> notes) {
    int y = TOP + PLOT + 40 + legendRows * 18 + 6;
    for (String note : notes) {
      text(svg, 10, y, note, 11, "start");
      y += 16;
    }
    return svg.append("</svg>\n").toString();
  }

  private static void text(StringBuilder svg, double x, double y, String s, int size, String anchor) {
    String a = anchor.equals("middle-left") ? "start" : anchor;
    svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" font-size=\"").append(size)
        .append("\" text-anchor=\"").append(a).append("\">").append(escape(s)).append("</text>\n");
  }

  private static int index(int yyyymm) {
    return yyyymm / 100 * 12 + yyyymm % 100 - 1;
  }

  private static double niceMax(double max) {
    if (max <= 0) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= max) {
        return step * magnitude;
      }
    }
    return 10 * magnitude;
  }

  /** 1.2 bn, 345 m, 12 k. */
  public static String number(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return String.format(Locale.ROOT, "%.1f bn", v / 1e9);
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.1f m", v / 1e6);
    }
    if (a >= 1e3) {
      return String.format(Locale.ROOT, "%.0f k", v / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f", v);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
