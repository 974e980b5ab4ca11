package org.chokepoint.app.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.trade.chart.SvgChart;
import org.chokepoint.trade.query.Anomaly;
import org.chokepoint.trade.query.Coverage;
import org.chokepoint.trade.query.GoodsFilter;
import org.chokepoint.trade.query.TradeQueries;

/**
 * The trade sections of the pages: a country's partners, and who exports goods to Russia over time, drawn by
 * {@link SvgChart}; an empty chart says which data would fill it, and a second chart of the same empty question is
 * left out.
 */
final class TradeCharts {
  /** How long a drawn section is reused: the trade store changes only when an import is switched in. */
  static final Duration KEEP = Duration.ofMinutes(5);
  private static final int ENTRIES = 512;

  private record Drawn(String html, long at) {}

  private final TradeQueries trade;
  private final Map<String, Drawn> drawn = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Drawn> eldest) {
      return size() > ENTRIES;
    }
  };

  TradeCharts(TradeQueries trade) {
    this.trade = trade;
  }

  /**
   * A section drawn by {@code draw}, reused for {@link #KEEP}: the queries behind a goods page take up to a second
   * on the full trade store and run one at a time, so a page viewed again is not made to wait for them.
   */
  private String section(String key, Consumer<Html> draw) {
    long now = System.nanoTime();
    synchronized (drawn) {
      Drawn d = drawn.get(key);
      if (d != null && now - d.at() < KEEP.toNanos()) {
        return d.html();
      }
    }
    Html h = new Html();
    draw.accept(h);
    String html = h.body();
    synchronized (drawn) {
      drawn.put(key, new Drawn(html, now));
    }
    return html;
  }

  boolean available() {
    return trade != null;
  }

  /** The first twelve partners as bars, flagged where the trade data has an anomaly other than an estimate. */
  private static List<SvgChart.Bar> bars(TradeQueries.Shares s, Function<TradeQueries.Share, String> label) {
    return s.shares().stream().limit(12).map(x -> new SvgChart.Bar(label.apply(x), x.value(), s.about(x.partner())
        .stream().anyMatch(a -> a.kind() != Anomaly.Kind.ESTIMATED))).toList();
  }

  /** Imports of a country by partner in 2023, as the country reports them. */
  void countryRole(Html page, String country) {
    if (trade == null) {
      return;
    }
    page.raw(section("country " + country, h -> drawCountryRole(h, country)));
  }

  private void drawCountryRole(Html h, String country) {
    h.h2("Trade role");
    try {
      TradeQueries.Shares s;
      synchronized (trade) {
        s = trade.shares(country, TradeQueries.Basis.REPORTED, GoodsFilter.TOTAL, 202301, 202312);
      }
      List<String> notes = new ArrayList<>();
      if (!s.coverage().empty()) {
        notes.add(s.coverage().summary());
      }
      s.anomalies().stream().filter(a -> a.kind() != Anomaly.Kind.ESTIMATED).limit(5).forEach(a -> notes.add("! "
          + a.line()));
      h.raw(SvgChart.bars("Imports of " + country + " by partner, 2023 (as reported)", s.currency(),
          bars(s, x -> x.partner()), notes, "imports reported by " + country + " by partner for 2023 (IMF IMTS or UN "
          + "Comtrade with " + country + " as reporter)"));
    } catch (Exception e) {
      h.note("Trade data unavailable: " + e.getMessage());
    }
  }

  /**
   * Who exports the goods to Russia, 2019–2024: the top partners' exports over time and their shares, from partners'
   * reports (mirror data). {@code spec} is a goods group id or an HS code.
   */
  void exportsToRussia(Html page, String spec, String name, GoodsCatalog goods) {
    if (trade == null) {
      return;
    }
    page.raw(section("to RU " + spec, h -> drawExportsToRussia(h, spec, name, goods)));
  }

  private void drawExportsToRussia(Html h, String spec, String name, GoodsCatalog goods) {
    h.h2("Trade: who exports " + name + " to Russia");
    try {
      GoodsFilter f = GoodsFilter.parse(spec, goods);
      List<TradeQueries.Series> series = new ArrayList<>();
      TradeQueries.Shares latest;
      synchronized (trade) {
        latest = trade.shares("RU", TradeQueries.Basis.MIRROR, f, 201901, 202412);
        List<String> top = latest.shares().stream().limit(5).map(TradeQueries.Share::partner).toList();
        if (!top.isEmpty()) {
          series = trade.flows(top, List.of("RU"), "X", f, 201901, 202412);
        }
      }
      List<String> notes = latest.coverage().empty() ? List.of() : List.of(latest.coverage().summary());
      String why = "partners' exports to Russia of " + f.label() + " by HS code (Eurostat Comext CN8 or UN Comtrade "
          + "HS6 with Russia as partner)";
      h.raw(SvgChart.lines("Exports to Russia: " + name, series, notes, why));
      if (!latest.shares().isEmpty()) {
        String months = latest.coverage().empty() ? "2019-01..2024-12" : Coverage.label(latest.coverage().first())
            + ".." + Coverage.label(latest.coverage().last());
        h.raw(SvgChart.bars("Shares of Russia's imports from reporting partners, " + months, latest.currency(),
            bars(latest, x -> x.partner() + " " + x.name()), notes, why));
      }
    } catch (Exception e) {
      h.note("Trade data unavailable: " + e.getMessage());
    }
  }
}
