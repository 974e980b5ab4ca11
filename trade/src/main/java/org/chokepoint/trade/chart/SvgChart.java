package org.chokepoint.trade.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chokepoint.trade.query.TradeQueries;

/**
 * Charts as standalone SVG: time series as lines and breakdowns as bars, each with its title, unit, sources and
 * coverage note written on the picture, so a chart copied out of context still says what it shows and what it
 * does not. One axis never mixes currencies, goods scopes or frequencies: such series get panels of their own, and
 * so do series too small to read beside the largest (each panel says its scale). The title names the months the
 * data cover; an empty chart says which data would fill it instead of drawing axes; notes are wrapped, labels are
 * sized to fit, and flagged figures ("look here") are marked.
 */
public final class SvgChart {
  private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
      "#e377c2", "#7f7f7f"};
  private static final int WIDTH = 960;
  private static final int LEFT = 80;
  private static final int RIGHT = 30;
  private static final int PANEL = 220;
  private static final int NOTE_CHARS = 150;
  private static final double SMALL = 0.05;

  private SvgChart() {}

  /** A bar per label; {@code flagged} marks a figure to look at. */
  public record Bar(String label, double value, boolean flagged) {
    public Bar(String label, double value) {
      this(label, value, false);
    }
  }

  /** Lines over time (kept for callers that name one unit: the series' own currencies are used). */
  public static String lines(String title, String unit, List<TradeQueries.Series> series, List<String> notes) {
    return lines(title, series, notes, "a trade file with these flows");
  }

  /**
   * Lines over time, in panels: one per currency, goods scope and frequency, and one more for series below 5% of
   * the largest. {@code emptyWhy} names the data that would fill an empty chart.
   */
  public static String lines(String title, List<TradeQueries.Series> series, List<String> notes, String emptyWhy) {
    int minMonth = Integer.MAX_VALUE;
    int maxMonth = Integer.MIN_VALUE;
    for (TradeQueries.Series s : series) {
      for (TradeQueries.Point p : s.points()) {
        minMonth = Math.min(minMonth, p.month());
        maxMonth = Math.max(maxMonth, p.month());
      }
    }
    if (minMonth == Integer.MAX_VALUE) {
      return empty(title, emptyWhy, notes);
    }
    List<Panel> panels = panels(series);
    List<String> wrapped = wrap(notes);
    int legend = series.size();
    int height = 40 + panels.size() * (PANEL + 50) + legend * 18 + wrapped.size() * 15 + 30;
    StringBuilder svg = begin(height);
    text(svg, 10, 24, title + ", " + label(minMonth) + ".." + label(maxMonth), 16, "start");
    int first = index(minMonth);
    int span = Math.max(1, index(maxMonth) - first);
    int y0 = 50;
    Map<TradeQueries.Series, String> colour = new LinkedHashMap<>();
    for (int i = 0; i < series.size(); i++) {
      colour.put(series.get(i), COLOURS[i % COLOURS.length]);
    }
    for (Panel panel : panels) {
      double max = panel.series().stream().flatMap(s -> s.points().stream()).mapToDouble(TradeQueries.Point::value)
          .max().orElse(0);
      double scale = niceMax(max);
      text(svg, LEFT, y0 + 4, panel.title(), 12, "start");
      int top = y0 + 14;
      axes(svg, top, scale);
      ticks(svg, top + PANEL, minMonth, maxMonth, first, span);
      for (TradeQueries.Series s : panel.series()) {
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (TradeQueries.Point p : s.points()) {
          double x = LEFT + (double) (index(p.month()) - first) / span * (WIDTH - LEFT - RIGHT);
          double y = top + PANEL - p.value() / scale * PANEL;
          path.append(path.isEmpty() ? "M" : " L").append(fmt(x)).append(',').append(fmt(y));
          dots.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"2.5\" fill=\"")
              .append(colour.get(s)).append("\"/>\n");
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour.get(s))
            .append("\" stroke-width=\"2\"/>\n").append(dots);
      }
      y0 = top + PANEL + 36;
    }
    for (TradeQueries.Series s : series) {
      svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y0 - 10).append("\" width=\"12\" height=\"12\" "
          + "fill=\"").append(colour.get(s)).append("\"/>\n");
      String flag = s.anomalies().isEmpty() ? "" : "! ";
      text(svg, LEFT + 18, y0, flag + s.label() + " [" + s.currency() + ", " + s.points().size() + " points]", 12,
          "start");
      y0 += 18;
    }
    notes(svg, y0 + 6, wrapped);
    return svg.append("</svg>\n").toString();
  }

  /** Horizontal bars, largest first as given. */
  public static String bars(String title, String unit, List<Bar> bars, List<String> notes) {
    return bars(title, unit, bars, notes, "a trade file with this importer's flows by partner");
  }

  /** Horizontal bars, largest first as given; {@code emptyWhy} names the data that would fill an empty chart. */
  public static String bars(String title, String unit, List<Bar> bars, List<String> notes, String emptyWhy) {
    if (bars.isEmpty()) {
      return empty(title, emptyWhy, notes);
    }
    int n = Math.min(bars.size(), 15);
    int rowHeight = 20;
    int longest = bars.stream().limit(n).mapToInt(b -> b.label().length() + (b.flagged() ? 2 : 0)).max().orElse(10);
    int labelWidth = Math.min(360, Math.max(120, 12 + (int) (longest * 6.6)));
    int maxChars = (int) ((labelWidth - 12) / 6.6);
    List<String> wrapped = wrap(notes);
    int height = 50 + n * rowHeight + 40 + wrapped.size() * 15 + 20;
    StringBuilder svg = begin(height);
    text(svg, 10, 24, title, 16, "start");
    double max = bars.stream().limit(n).mapToDouble(Bar::value).max().orElse(1);
    for (int i = 0; i < n; i++) {
      Bar b = bars.get(i);
      double w = max == 0 ? 0 : b.value() / max * (WIDTH - labelWidth - 150);
      int y = 50 + i * rowHeight;
      String label = (b.flagged() ? "! " : "") + b.label();
      if (label.length() > maxChars) {
        label = label.substring(0, Math.max(1, maxChars - 1)) + "…";
      }
      text(svg, labelWidth - 6, y + 14, label, 12, "end");
      svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
          .append(fmt(w)).append("\" height=\"").append(rowHeight - 6).append("\" fill=\"")
          .append(b.flagged() ? COLOURS[3] : COLOURS[0]).append("\"/>\n");
      text(svg, labelWidth + w + 6, y + 14, number(b.value()) + " " + unit, 11, "start");
    }
    int y = 50 + n * rowHeight + 24;
    if (bars.size() > n) {
      text(svg, labelWidth, y, (bars.size() - n) + " more not shown", 11, "start");
      y += 16;
    }
    notes(svg, y, wrapped);
    return svg.append("</svg>\n").toString();
  }

  /** A chart with no data: its title, why it is empty and what would fill it; no axes. */
  private static String empty(String title, String why, List<String> notes) {
    List<String> wrapped = wrap(notes);
    StringBuilder svg = begin(110 + wrapped.size() * 15);
    text(svg, 10, 24, title, 16, "start");
    List<String> message = wrap(List.of("No data for this chart: the store has no rows for this question. It would "
        + "be filled by " + why + "."));
    int y = 54;
    for (String m : message) {
      text(svg, 10, y, m, 13, "start");
      y += 17;
    }
    notes(svg, y + 8, wrapped);
    return svg.append("</svg>\n").toString();
  }

  private record Panel(String title, List<TradeQueries.Series> series) {}

  private static List<Panel> panels(List<TradeQueries.Series> series) {
    Map<String, List<TradeQueries.Series>> groups = new LinkedHashMap<>();
    for (TradeQueries.Series s : series) {
      if (s.points().isEmpty()) {
        continue;
      }
      boolean annual = s.points().stream().allMatch(p -> p.period().length() == 4);
      String key = s.currency() + (s.goods().isEmpty() ? "" : ", " + s.goods()) + (annual ? ", annual values"
          : ", per period");
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }
    List<Panel> out = new ArrayList<>();
    groups.forEach((key, members) -> {
      double top = members.stream().mapToDouble(SvgChart::max).max().orElse(0);
      List<TradeQueries.Series> big = members.stream().filter(s -> max(s) >= SMALL * top).toList();
      List<TradeQueries.Series> small = members.stream().filter(s -> max(s) < SMALL * top).toList();
      out.add(new Panel(key, big));
      if (!small.isEmpty()) {
        out.add(new Panel(key + " (smaller flows, own scale)", small));
      }
    });
    return out;
  }

  private static double max(TradeQueries.Series s) {
    return s.points().stream().mapToDouble(TradeQueries.Point::value).max().orElse(0);
  }

  private static StringBuilder begin(int height) {
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" font-family=\"sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    return svg;
  }

  private static void axes(StringBuilder svg, int top, double scale) {
    svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(top + PANEL).append("\" x2=\"")
        .append(WIDTH - RIGHT).append("\" y2=\"").append(top + PANEL).append("\" stroke=\"#333\"/>\n");
    svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(top).append("\" x2=\"").append(LEFT)
        .append("\" y2=\"").append(top + PANEL).append("\" stroke=\"#333\"/>\n");
    for (int i = 0; i <= 4; i++) {
      double v = scale * i / 4;
      double y = top + PANEL - PANEL * i / 4.0;
      text(svg, LEFT - 6, y + 4, number(v), 11, "end");
      svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(fmt(y)).append("\" x2=\"")
          .append(WIDTH - RIGHT).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#eee\"/>\n");
    }
  }

  /** Ticks on the time axis: years over long spans, quarters or months over short ones, always the two ends. */
  private static void ticks(StringBuilder svg, int y, int minMonth, int maxMonth, int first, int span) {
    int last = index(maxMonth);
    int months = last - first + 1;
    int step = months > 48 ? 12 : months > 18 ? 3 : 1;
    java.util.TreeSet<Integer> at = new java.util.TreeSet<>(List.of(first, last));
    for (int i = first; i <= last; i++) {
      if (step == 12 ? i % 12 == 0 : (i - first) % step == 0) {
        at.add(i);
      }
    }
    int every = Math.max(1, (at.size() + 11) / 12);
    int n = 0;
    for (int i : at) {
      double x = LEFT + (double) (i - first) / span * (WIDTH - LEFT - RIGHT);
      svg.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(y).append("\" x2=\"").append(fmt(x))
          .append("\" y2=\"").append(y + 4).append("\" stroke=\"#333\"/>\n");
      if (n++ % every == 0 && last - i >= Math.max(2, step * every) || i == last) {
        String text = step == 12 && i % 12 == 0 ? String.valueOf(i / 12) : label((i / 12) * 100 + i % 12 + 1);
        text(svg, x, y + 16, text, 10, i == first ? "start" : i == last ? "end" : "middle");
      }
    }
  }

  private static void notes(StringBuilder svg, int y, List<String> wrapped) {
    for (String note : wrapped) {
      text(svg, 10, y, note, 11, "start");
      y += 15;
    }
  }

  /** Notes broken into lines that fit the width. */
  static List<String> wrap(List<String> notes) {
    List<String> out = new ArrayList<>();
    for (String note : notes) {
      String rest = note;
      boolean firstLine = true;
      while (rest.length() > NOTE_CHARS) {
        int cut = rest.lastIndexOf(' ', NOTE_CHARS);
        cut = cut <= 20 ? NOTE_CHARS : cut;
        out.add((firstLine ? "" : "    ") + rest.substring(0, cut).strip());
        rest = rest.substring(cut).strip();
        firstLine = false;
      }
      out.add((firstLine ? "" : "    ") + rest);
    }
    return out;
  }

  private static void text(StringBuilder svg, double x, double y, String s, int size, String anchor) {
    svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" font-size=\"").append(size)
        .append("\" text-anchor=\"").append(anchor).append("\">").append(escape(s)).append("</text>\n");
  }

  private static int index(int yyyymm) {
    return yyyymm / 100 * 12 + yyyymm % 100 - 1;
  }

  private static String label(int yyyymm) {
    return String.format(Locale.ROOT, "%d-%02d", yyyymm / 100, yyyymm % 100);
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
