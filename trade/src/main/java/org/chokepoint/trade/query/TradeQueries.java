package org.chokepoint.trade.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.chokepoint.trade.load.TradeCountries;

/**
 * The questions analysts ask of the trade store (one instance per connection, not for concurrent use): who supplies a country ({@link #shares}), how a flow moved
 * ({@link #flows}), what changed around a date ({@link #change}), which third countries became conduits
 * ({@link #conduits}), and how exporters' and importers' figures differ ({@link #mirrorGap}). Countries are given as
 * the store writes them ({@link #code}). Every answer carries
 * its {@link Coverage}. Values in different currencies are never added: the currency with most rows is used and
 * the others are named in the notes. Where two files report the same fact (reporter, partner, flow, product and
 * period) it is counted once, from the file first by name; rows of one file for the same fact add up.
 */
public final class TradeQueries {
  /** Who reported the figures a share is computed from. */
  public enum Basis {
    /** The target's own imports by partner. */
    REPORTED,
    /** Each partner's exports to the target (mirror statistics). */
    MIRROR
  }

  /** One partner's part of a target's imports. */
  public record Share(String partner, String name, double value, double share) {}

  /** A supplier breakdown. */
  public record Shares(String target, Basis basis, String goods, String currency, double total, List<Share> shares,
      Coverage coverage, List<Anomaly> anomalies) {
    /** The anomalies about one partner. */
    public List<Anomaly> about(String partner) {
      return anomalies.stream().filter(a -> a.subject().equals(partner)).toList();
    }
  }

  /** One point of a series. */
  public record Point(String period, int month, double value) {}

  /** A time series of one flow. */
  public record Series(String label, String currency, List<Point> points, List<Anomaly> anomalies, String goods) {
    public Series(String label, String currency, List<Point> points) {
      this(label, currency, points, List.of(), "");
    }
  }

  /** Before and after a date for one counterpart. */
  public record Change(String code, String name, double before, double after) {
    public double absolute() {
      return after - before;
    }

    /** Relative change; NaN when there was nothing before. */
    public double relative() {
      return before == 0 ? Double.NaN : (after - before) / before;
    }
  }

  /** A before/after comparison. */
  public record ChangeResult(String question, String currency, int before, int split, int after,
      List<Change> changes, Coverage coverage) {}

  /** A third country whose trade with the bloc and with the target rose while the bloc's direct trade fell. */
  public record Conduit(String country, Change fromBloc, Change toTarget, String toTargetSource, double score) {}

  /** The conduit ranking with its evidence. */
  public record Conduits(String bloc, String target, String goods, String currency, Change blocToTarget,
      List<Conduit> conduits, List<Series> evidence, Coverage coverage) {}

  /**
   * Exporter-reported against importer-reported, per year, with how many months of the year each side covers (a
   * partial year is not comparable with a whole one).
   */
  public record Gap(String period, double exporterReported, int exporterMonths, double importerReported,
      int importerMonths) {
    /** Whether both sides cover the whole year. */
    public boolean comparable() {
      return exporterMonths == 12 && importerMonths == 12;
    }

    public double ratio() {
      return exporterReported == 0 ? Double.NaN : importerReported / exporterReported;
    }
  }

  /** A mirror comparison. */
  public record MirrorGap(String exporter, String importer, String goods, String currency, List<Gap> gaps,
      Coverage exporterCoverage, Coverage importerCoverage, List<Anomaly> anomalies) {}

  private static final String COUNTRY = "length(%s) = 2 AND %s NOT IN ('EU', 'EA', 'NS')";

  private final Supplier<Connection> source;
  private Connection db;
  private String target;

  /** Questions on one connection. */
  public TradeQueries(Connection db) {
    this(() -> db);
  }

  /**
   * Questions on whichever connection {@code source} gives at the start of each question (the live snapshot of
   * {@link org.chokepoint.trade.store.TradeSnapshots}): an import becomes visible without a restart.
   */
  public TradeQueries(Supplier<Connection> source) {
    this.source = source;
    this.db = source.get();
  }

  /**
   * Converts every following answer to {@code currency} ("USD", "EUR" …) at the ECB's average euro reference rate
   * of each row's own period (monthly rows at the month's average, quarterly at the quarter's, annual at the year's),
   * and says in the coverage which rates were used; null or blank: answer in the data's own currencies, never adding
   * two. Throws when the store has no rates for it.
   */
  public TradeQueries currency(String currency) throws SQLException {
    if (currency == null || currency.isBlank()) {
      target = null;
      return this;
    }
    String c = currency.strip().toUpperCase(java.util.Locale.ROOT);
    if (!c.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency '" + currency + "': use a three-letter code (USD, EUR …)");
    }
    db = source.get();
    try (java.sql.Statement s = db.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE currency = '" + c + "') FROM rates")) {
      rs.next();
      if (rs.getLong(1) == 0) {
        throw new IllegalArgumentException("no exchange rates in the trade store: run 'chokepoint update' (it fetches "
            + "the ECB's euro reference rates) and import again, or 'chokepoint trade import' the ECB "
            + "eurofxref-hist file");
      }
      if (!c.equals("EUR") && rs.getLong(2) == 0) {
        throw new IllegalArgumentException("no ECB reference rate for " + c);
      }
    }
    target = c;
    return this;
  }

  /** The currency answers are converted to, or null. */
  public String currency() {
    return target;
  }

  /**
   * The goods' label, with the labels of the CN8 codes it names from the store's lookup tables ("85423190
   * Processors and controllers …"), so that answers and charts name products by label, not only by code.
   */
  public String named(GoodsFilter goods) throws SQLException {
    String label = goods.label();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b\\d{8}\\b").matcher(label);
    List<String> codes = new ArrayList<>();
    while (m.find()) {
      codes.add(m.group());
    }
    if (codes.isEmpty()) {
      return label;
    }
    List<String> names = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement("SELECT code, any_value(label) FROM labels WHERE kind = 'PRODUCTS' "
        + "AND code IN (SELECT unnest(string_split(?, ','))) GROUP BY code ORDER BY code")) {
      p.setString(1, String.join(",", codes));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String l = rs.getString(2);
          names.add(rs.getString(1) + " " + (l.length() > 60 ? l.substring(0, 59) + "…" : l));
        }
      }
    }
    return names.isEmpty() ? label : label + " (" + String.join("; ", names) + ")";
  }

  private String facts() {
    return target == null ? "trade" : "conv_trade";
  }

  private void convertedView() throws SQLException {
    String t = target;
    try (java.sql.Statement s = db.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP VIEW conv_factors AS WITH r AS (SELECT currency, month_from, month_to, per_eur "
          + "FROM rates UNION ALL SELECT DISTINCT 'EUR', month_from, month_to, 1.0 FROM rates) SELECT a.currency AS "
          + "f_currency, a.month_from AS f_from, a.month_to AS f_to, b.per_eur / a.per_eur AS factor FROM r a JOIN r b "
          + "ON b.currency = '" + t + "' AND b.month_from = a.month_from AND b.month_to = a.month_to");
      s.execute("CREATE OR REPLACE TEMP VIEW conv_trade AS SELECT t.reporter, t.reporter_name, t.partner, "
          + "t.partner_name, t.flow, t.classification, t.edition, t.product, t.level, t.hs6, t.hs4, t.freq, t.period, "
          + "t.month_from, t.month_to, CASE WHEN t.currency = '" + t + "' THEN t.value ELSE t.value * f.factor END "
          + "AS value, '" + t + "' AS currency, t.quantity, t.qty_unit, t.net_weight_kg, t.redundant, t.source, "
          + "t.import_id FROM trade t LEFT JOIN conv_factors f ON f.f_currency = t.currency AND f.f_from = t.month_from "
          + "AND f.f_to = t.month_to WHERE t.currency = '" + t + "' OR f.factor IS NOT NULL");
    }
  }

  /** Which rates converted a selection's rows, and what had no rate: for its coverage. */
  private List<String> rateNotes(Selection sel) throws SQLException {
    if (target == null || !sel.base().equals(facts())) {
      return List.of();
    }
    List<String> notes = new ArrayList<>();
    String lastDay = "";
    try (java.sql.Statement s = db.createStatement();
         ResultSet rs = s.executeQuery("SELECT max(last_day) FROM rates")) {
      if (rs.next() && rs.getString(1) != null) {
        lastDay = rs.getString(1);
      }
    }
    try (PreparedStatement p = db.prepareStatement("SELECT t.currency, t.freq, count(DISTINCT t.month_from), "
        + "min(t.month_from), max(t.month_to), min(f.factor), max(f.factor), count(*) FILTER (WHERE f.factor IS NULL), "
        + "count(*) FILTER (WHERE f.factor IS NOT NULL) FROM trade t LEFT JOIN conv_factors f ON "
        + "f.f_currency = t.currency AND f.f_from = t.month_from AND f.f_to = t.month_to WHERE " + sel.filter()
        + " AND t.currency <> ? GROUP BY 1, 2 ORDER BY 1, 2")) {
      int i = 1;
      for (String v : sel.params()) {
        p.setString(i++, v);
      }
      p.setString(i, target);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String from = rs.getString(1);
          String freq = switch (rs.getString(2)) {
            case "M" -> "monthly";
            case "Q" -> "quarterly";
            default -> "annual";
          };
          if (rs.getLong(9) > 0) {
            int periods = rs.getInt(3);
            double lo = rs.getDouble(6);
            double hi = rs.getDouble(7);
            notes.add(String.format(java.util.Locale.ROOT, "converted %s to %s at the ECB's %s average euro "
                + "reference rates of each row's period (%d %s, %s..%s: 1 %s = %s %s; ECB rates to %s)", from,
                target, freq, periods, periods == 1 ? "period" : "periods", Coverage.month(rs.getInt(4)),
                Coverage.month(rs.getInt(5)), from, lo == hi ? String.format(java.util.Locale.ROOT, "%.4f", lo)
                : String.format(java.util.Locale.ROOT, "%.4f–%.4f", lo, hi), target, lastDay));
          }
          if (rs.getLong(8) > 0) {
            notes.add(rs.getLong(8) + " " + freq + " row(s) in " + from + " have no ECB rate for their period and "
                + "are left out (not zero)");
          }
        }
      }
    }
    return notes;
  }

  /** Who supplies {@code target} with {@code goods} between two months (yyyymm, inclusive). */
  public Shares shares(String target, Basis basis, GoodsFilter goods, int from, int to) throws SQLException {
    reset();
    String by = basis == Basis.REPORTED ? "partner" : "reporter";
    String where = (basis == Basis.REPORTED ? "reporter = ? AND flow = 'M'" : "partner = ? AND flow = 'X'")
        + " AND " + country(by) + " AND " + goods.sql();
    Selection sel = new Selection(where, List.of(target), from, to);
    String currency = currency(sel);
    List<Share> rows = new ArrayList<>();
    double total = 0;
    try (PreparedStatement p = db.prepareStatement("SELECT " + by + ", any_value(" + by + "_name), sum(value) FROM ("
        + sel.deduplicated() + ") WHERE currency = ? GROUP BY 1 ORDER BY 3 DESC")) {
      int i = sel.bind(p);
      p.setString(i, currency);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.add(new Share(rs.getString(1), rs.getString(2), rs.getDouble(3), 0));
          total += rs.getDouble(3);
        }
      }
    }
    double t = total;
    List<Share> shares = rows.stream().map(s -> new Share(s.partner(), s.name(), s.value(),
        t == 0 ? 0 : s.value() / t)).toList();
    Coverage coverage = coverage(sel, currency, List.of(basis == Basis.REPORTED
        ? "partners absent from the list reported nothing for this selection: unknown, not zero"
        : "only partners whose exports are in the store appear: others are unknown, not zero"));
    List<Anomaly> anomalies = new ArrayList<>();
    Selection history = new Selection(where, List.of(target), addMonths(from, -24), to);
    anomalies.addAll(jumps(history, by, currency, shares.stream().map(Share::partner).toList(), from / 100));
    anomalies.addAll(estimated(sel, by, basis == Basis.REPORTED ? target : null));
    return new Shares(target, basis, named(goods), currency, total, shares, coverage, List.copyOf(anomalies));
  }

  /** Time series: one per reporter–partner pair in {@code reporters} × {@code partners}. */
  public List<Series> flows(List<String> reporters, List<String> partners, String flow, GoodsFilter goods, int from,
      int to) throws SQLException {
    reset();
    List<Series> out = new ArrayList<>();
    for (String r : reporters) {
      for (String p : partners) {
        Selection sel = new Selection("reporter = ? AND partner = ? AND flow = ? AND " + goods.sql(),
            List.of(r, p, flow), from, to);
        out.add(series(r + " → " + p + " (" + flowName(flow) + ", " + named(goods) + ")", named(goods), sel));
      }
    }
    return out;
  }

  /** The coverage of one flow selection. */
  public Coverage coverage(String reporter, String partner, String flow, GoodsFilter goods, int from, int to)
      throws SQLException {
    reset();
    Selection sel = new Selection("reporter = ? AND partner = ? AND flow = ? AND " + goods.sql(),
        List.of(reporter, partner, flow), from, to);
    return coverage(sel, currency(sel), List.of());
  }

  /**
   * Before/after {@code split} (yyyymm, the first month "after") over {@code window} months each side, per
   * counterpart: per partner of {@code reporter} when it is given, else per reporter trading with {@code partner}.
   */
  public ChangeResult change(String reporter, String partner, String flow, GoodsFilter goods, int split, int window)
      throws SQLException {
    reset();
    int before = addMonths(split, -window);
    int after = addMonths(split, window - 1);
    boolean byPartner = reporter != null && !reporter.isBlank();
    String by = byPartner ? "partner" : "reporter";
    String where = (byPartner ? "reporter = ?" : "partner = ?") + " AND flow = ? AND " + country(by) + " AND "
        + goods.sql();
    if (byPartner && partner != null && !partner.isBlank()) {
      where += " AND partner = '" + code(partner).replace("'", "") + "'";
    }
    Selection sel = new Selection(where, List.of(byPartner ? reporter : partner, flow), before, after);
    String currency = currency(sel);
    List<Change> changes = changes(sel, by, currency, split);
    String question = (byPartner ? reporter + " " + flowName(flow) + " by partner" : flowName(flow) + " to " + partner
        + " by reporter") + ", " + named(goods);
    return new ChangeResult(question, currency, before, split, after, changes, coverage(sel, currency, List.of()));
  }

  /**
   * Third countries whose imports from {@code bloc} rose after {@code split} while the bloc's exports to
   * {@code target} fell, ranked by the rise, with whether their own trade with the target rose (from their exports to
   * it, or the target's imports from them, when the store has either).
   */
  public Conduits conduits(List<String> bloc, String target, GoodsFilter goods, int split, int window)
      throws SQLException {
    reset();
    int before = addMonths(split, -window);
    int after = addMonths(split, window - 1);
    String members = String.join(", ", bloc.stream().map(b -> "'" + code(b) + "'").toList());
    Selection direct = new Selection("reporter IN (" + members + ") AND partner = ? AND flow = 'X' AND "
        + goods.sql(), List.of(target), before, after);
    String currency = currency(direct);
    double[] d = beforeAfter(direct, currency, split);
    Change blocToTarget = new Change(target, target, d[0], d[1]);
    Selection third = new Selection("reporter IN (" + members + ") AND partner <> ? AND flow = 'X' AND "
        + country("partner") + " AND partner NOT IN (" + members + ") AND " + goods.sql(), List.of(target), before,
        after);
    List<Change> fromBloc = changes(third, "partner", currency, split);
    int year = split / 100;
    Selection around = new Selection(facts(), true, "((partner = ? AND flow = 'X') OR (reporter = ? AND flow = 'M')) AND (("
        + goods.sql() + ") OR classification = 'TOTAL')", List.of(target, target), Math.min(before,
        (year - 1) * 100 + 1), Math.max(after, (year + 1) * 100 + 12));
    String onwardBase = around.table();
    List<Conduit> conduits = new ArrayList<>();
    List<Series> evidence = new ArrayList<>();
    evidence.add(series("bloc → " + target, goods.label(), direct));
    for (Change c : fromBloc) {
      if (!(c.after() > c.before()) || c.before() <= 0) {
        continue;
      }
      Change onward = null;
      String onwardSource = "not covered: no exports of " + c.code() + " to " + target + " and no imports of "
          + target + " from " + c.code() + " in the store";
      search:
      for (GoodsFilter f : goods == GoodsFilter.TOTAL ? List.of(goods) : List.of(goods, GoodsFilter.TOTAL)) {
        for (String[] q : new String[][] {{c.code(), target, "X"}, {target, c.code(), "M"}}) {
          Selection s = new Selection(onwardBase, "reporter = ? AND partner = ? AND flow = ? AND " + f.sql(),
              List.of(q[0], q[1], q[2]), before, after);
          String cur = currency(s);
          double[] v = beforeAfter(s, cur, split);
          if (v[0] > 0 || v[1] > 0) {
            onward = new Change(c.code(), c.name(), v[0], v[1]);
            onwardSource = (q[2].equals("X") ? c.code() + "'s exports to " + target
                : target + "'s imports from " + c.code()) + ", " + f.label() + " (" + cur + ")";
            evidence.add(series(c.code() + " → " + target + " (" + onwardSource + ")", f.label(), s));
            break search;
          }
        }
      }
      if (onward == null) {
        for (String[] q : new String[][] {{c.code(), target, "X"}, {target, c.code(), "M"}}) {
          for (String cur : List.of("USD", "EUR")) {
            double y0 = totalOf(onwardBase, q[0], q[1], q[2], GoodsFilter.TOTAL, (year - 1) * 100 + 1,
                (year - 1) * 100 + 12, cur);
            double y1 = totalOf(onwardBase, q[0], q[1], q[2], GoodsFilter.TOTAL, (year + 1) * 100 + 1,
                (year + 1) * 100 + 12, cur);
            if (!Double.isNaN(y0) && !Double.isNaN(y1) && onward == null) {
              onward = new Change(c.code(), c.name(), y0, y1);
              onwardSource = (q[2].equals("X") ? c.code() + "'s exports to " + target : target + "'s imports from "
                  + c.code()) + ", all goods, " + (year - 1) + " vs " + (year + 1) + " (annual data only, " + cur + ")";
            }
          }
        }
      }
      double score = c.relative() * (blocToTarget.absolute() < 0 ? 1 : 0.5)
          * (onward == null ? 0.75 : onward.after() > onward.before() ? 1 : 0.25);
      conduits.add(new Conduit(c.code(), c, onward, onwardSource, score));
    }
    conduits.sort(Comparator.comparingDouble(Conduit::score).reversed());
    for (Conduit c : conduits.subList(0, Math.min(5, conduits.size()))) {
      evidence.add(series("bloc → " + c.country(), goods.label(), new Selection(third.table(), "partner = ?",
          List.of(c.country()), before, after)));
    }
    List<String> notes = new ArrayList<>();
    if (!(blocToTarget.absolute() < 0)) {
      notes.add("the bloc's direct exports to " + target + " did not fall in this window");
    }
    return new Conduits(String.join("+", bloc), target, named(goods), currency, blocToTarget, conduits, evidence,
        coverage(third, currency, notes));
  }

  /** Exporter-reported exports against importer-reported imports of the same flow, per year. */
  public MirrorGap mirrorGap(String exporter, String importer, GoodsFilter goods, int from, int to)
      throws SQLException {
    reset();
    Selection x = new Selection("reporter = ? AND partner = ? AND flow = 'X' AND " + goods.sql(),
        List.of(exporter, importer), from, to);
    Selection m = new Selection("reporter = ? AND partner = ? AND flow = 'M' AND " + goods.sql(),
        List.of(importer, exporter), from, to);
    String cx = currency(x);
    boolean importerHasCx = !cx.isEmpty() && totalOf(facts(), importer, exporter, "M", goods, from, to, cx) >= 0;
    String cm = importerHasCx ? cx : currency(m);
    List<String> notes = new ArrayList<>();
    if (!cx.isEmpty() && !cm.isEmpty() && !cx.equals(cm)) {
      notes.add("exporter reports in " + cx + ", importer in " + cm + ": not compared without a rate table");
    }
    Map<Integer, double[]> ex = yearly(x, cx);
    Map<Integer, double[]> im = notes.isEmpty() ? yearly(m, cm) : Map.of();
    TreeSet<Integer> years = new TreeSet<>(ex.keySet());
    years.addAll(im.keySet());
    List<Gap> gaps = new ArrayList<>();
    double[] none = {Double.NaN, 0};
    for (int y : years) {
      double[] e = ex.getOrDefault(y, none);
      double[] i = im.getOrDefault(y, none);
      gaps.add(new Gap(String.valueOf(y), e[0], (int) e[1], i[0], (int) i[1]));
    }
    if (gaps.stream().anyMatch(g -> !g.comparable())) {
      notes.add("years where a side covers fewer than 12 months are not comparable");
    }
    List<Anomaly> anomalies = new ArrayList<>();
    for (Gap g : gaps) {
      if (g.comparable() && !Double.isNaN(g.ratio()) && Math.abs(g.ratio() - 1) > Anomaly.MIRROR_THRESHOLD) {
        anomalies.add(new Anomaly(Anomaly.Kind.MIRROR_GAP, exporter + "→" + importer, g.period(), String.format(
            java.util.Locale.ROOT, "the importer reports %.2f× what the exporter reports (%s vs %s %s; beyond ±%.0f%%)",
            g.ratio(), org.chokepoint.trade.chart.SvgChart.number(g.importerReported()),
            org.chokepoint.trade.chart.SvgChart.number(g.exporterReported()), cx.isEmpty() ? cm : cx,
            100 * Anomaly.MIRROR_THRESHOLD)));
      }
    }
    return new MirrorGap(exporter, importer, named(goods), cx.isEmpty() ? cm : cx, gaps, coverage(x, cx, notes),
        coverage(m, cm, List.of()), List.copyOf(anomalies));
  }

  /** The sum of one flow over a period, or NaN when the store has no rows for it. */
  public double total(String reporter, String partner, String flow, GoodsFilter goods, int from, int to,
      String currency) throws SQLException {
    reset();
    return totalOf(facts(), reporter, partner, flow, goods, from, to, currency);
  }

  private double totalOf(String base, String reporter, String partner, String flow, GoodsFilter goods, int from,
      int to, String currency) throws SQLException {
    Selection sel = new Selection(base, "reporter = ? AND partner = ? AND flow = ? AND " + goods.sql(),
        List.of(reporter, partner, flow), from, to);
    try (PreparedStatement p = db.prepareStatement("SELECT sum(value), count(*) FROM (" + sel.deduplicated()
        + ") WHERE currency = ?")) {
      int i = sel.bind(p);
      p.setString(i, currency);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getLong(2) == 0 ? Double.NaN : rs.getDouble(1);
      }
    }
  }

  private List<Change> changes(Selection sel, String by, String currency, int split) throws SQLException {
    List<Change> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement("SELECT " + by + ", any_value(" + by + "_name), "
        + "sum(CASE WHEN month_to < ? THEN value ELSE 0 END), sum(CASE WHEN month_from >= ? THEN value ELSE 0 END) "
        + "FROM (" + sel.deduplicated() + ") WHERE currency = ? GROUP BY 1")) {
      p.setInt(1, split);
      p.setInt(2, split);
      int i = sel.bind(p, 3);
      p.setString(i, currency);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new Change(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4)));
        }
      }
    }
    out.sort(Comparator.comparingDouble((Change c) -> Math.abs(c.absolute())).reversed());
    return out;
  }

  private double[] beforeAfter(Selection sel, String currency, int split) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("SELECT coalesce(sum(CASE WHEN month_to < ? THEN value END), 0), "
        + "coalesce(sum(CASE WHEN month_from >= ? THEN value END), 0) FROM (" + sel.deduplicated()
        + ") WHERE currency = ?")) {
      p.setInt(1, split);
      p.setInt(2, split);
      int i = sel.bind(p, 3);
      p.setString(i, currency);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return new double[] {rs.getDouble(1), rs.getDouble(2)};
      }
    }
  }

  private Series series(String label, String goods, Selection sel) throws SQLException {
    String currency = currency(sel);
    List<Point> points = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement("SELECT period, month_from, sum(value) FROM ("
        + sel.deduplicated() + ") WHERE currency = ? GROUP BY 1, 2 ORDER BY 2")) {
      int i = sel.bind(p);
      p.setString(i, currency);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          points.add(new Point(rs.getString(1), rs.getInt(2), rs.getDouble(3)));
        }
      }
    }
    return new Series(label, currency, points, seriesJumps(label, points), goods);
  }

  /** Year-on-year jumps of an order of magnitude in one series (years summed from its points). */
  private static List<Anomaly> seriesJumps(String label, List<Point> points) {
    java.util.TreeMap<Integer, Double> years = new java.util.TreeMap<>();
    points.forEach(p -> years.merge(p.month() / 100, p.value(), Double::sum));
    return jumpsIn(label, years, Integer.MIN_VALUE);
  }

  /**
   * Years whose value is at least ten times (or at most a tenth of) the value one or two years before: an order of
   * magnitude within two years, from {@code sinceYear} on.
   */
  private static List<Anomaly> jumpsIn(String subject, java.util.TreeMap<Integer, Double> years, int sinceYear) {
    List<Anomaly> out = new ArrayList<>();
    for (var e : years.entrySet()) {
      if (e.getKey() < sinceYear) {
        continue;
      }
      double b = e.getValue();
      for (int back = 1; back <= 2; back++) {
        Double a = years.get(e.getKey() - back);
        if (a == null || !(a > 0) || !(b > 0)) {
          continue;
        }
        double hi = Math.max(a, b);
        if (hi >= Anomaly.JUMP_FLOOR && hi / Math.min(a, b) >= Anomaly.JUMP_FACTOR) {
          out.add(new Anomaly(Anomaly.Kind.JUMP, subject, (e.getKey() - back) + ".." + e.getKey(), String.format(
              java.util.Locale.ROOT, "%s → %s (×%s): an order of magnitude in %s; check the source before "
              + "reading a ranking from it", org.chokepoint.trade.chart.SvgChart.number(a),
              org.chokepoint.trade.chart.SvgChart.number(b), b >= a ? String.format(java.util.Locale.ROOT, "%.0f",
              b / a) : String.format(java.util.Locale.ROOT, "1/%.0f", a / b), back == 1 ? "one year" : "two years")));
          break;
        }
      }
    }
    return out;
  }

  /** Jumps in each counterpart's yearly values over a selection that starts two years before the question. */
  private List<Anomaly> jumps(Selection history, String by, String currency, List<String> subjects, int fromYear)
      throws SQLException {
    java.util.Map<String, java.util.TreeMap<Integer, Double>> years = new java.util.HashMap<>();
    try (PreparedStatement p = db.prepareStatement("SELECT " + by + ", month_from // 100, sum(value) FROM ("
        + history.deduplicated() + ") WHERE currency = ? GROUP BY 1, 2")) {
      p.setString(1, currency);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          years.computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>()).put(rs.getInt(2), rs.getDouble(3));
        }
      }
    }
    List<Anomaly> out = new ArrayList<>();
    for (String s : subjects) {
      if (years.containsKey(s)) {
        out.addAll(jumpsIn(s, years.get(s), fromYear));
      }
    }
    return out;
  }

  /**
   * Values a publisher estimated from partner data: IMF IMTS figures of a reporter for years it published no
   * trade by partner ({@link ReportingGaps}).
   */
  private List<Anomaly> estimated(Selection sel, String by, String reporter) throws SQLException {
    List<Anomaly> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement("SELECT s.reporter, s." + by + ", min(s.month_from // 100), "
        + "max(s.month_to // 100), any_value(s.source) FROM (" + sel.deduplicated() + ") s JOIN files f ON "
        + "f.file = s.source WHERE f.format = 'imf' GROUP BY 1, 2")) {
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          ReportingGaps.Gap gap = ReportingGaps.of(rs.getString(1));
          if (gap == null || rs.getInt(4) < gap.fromYear()) {
            continue;
          }
          String subject = reporter != null ? rs.getString(2) : rs.getString(1);
          int first = Math.max(rs.getInt(3), gap.fromYear());
          out.add(new Anomaly(Anomaly.Kind.ESTIMATED, subject, first == rs.getInt(4) ? String.valueOf(first)
              : first + ".." + rs.getInt(4), rs.getString(1) + "'s figures from " + gap.fromYear() + " in "
              + rs.getString(5) + " are the IMF's estimates from partner data: " + gap.why()));
        }
      }
    }
    out.sort(java.util.Comparator.comparing(Anomaly::subject));
    return out;
  }

  /** Per year: the sum and the number of months the rows cover. */
  private Map<Integer, double[]> yearly(Selection sel, String currency) throws SQLException {
    Map<Integer, double[]> out = new LinkedHashMap<>();
    try (PreparedStatement p = db.prepareStatement("SELECT month_from // 100, sum(value), "
        + "count(DISTINCT month_from) FILTER (WHERE freq = 'M') + 12 * count(*) FILTER (WHERE freq = 'A') "
        + "+ 3 * count(DISTINCT month_from) FILTER (WHERE freq = 'Q') FROM (" + sel.deduplicated()
        + ") WHERE currency = ? GROUP BY 1 ORDER BY 1")) {
      int i = sel.bind(p);
      p.setString(i, currency);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getInt(1), new double[] {rs.getDouble(2), Math.min(12, rs.getInt(3))});
        }
      }
    }
    return out;
  }

  private String currency(Selection sel) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("SELECT currency, count(*) FROM " + sel.table()
        + " GROUP BY 1 ORDER BY 2 DESC")) {
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : "";
      }
    }
  }

  private Coverage coverage(Selection sel, String currency, List<String> extraNotes) throws SQLException {
    TreeSet<String> sources = new TreeSet<>();
    TreeSet<String> reporters = new TreeSet<>();
    TreeSet<String> currencies = new TreeSet<>();
    boolean[] covered = new boolean[months(sel.from(), sel.to())];
    int first = 0;
    int last = 0;
    try (PreparedStatement p = db.prepareStatement("SELECT DISTINCT source, reporter, currency, month_from, month_to "
        + "FROM " + sel.table())) {
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          sources.add(rs.getString(1));
          reporters.add(rs.getString(2));
          currencies.add(rs.getString(3));
          int a = rs.getInt(4);
          int b = rs.getInt(5);
          first = first == 0 ? a : Math.min(first, a);
          last = Math.max(last, b);
          for (int m = a; m <= b; m = addMonths(m, 1)) {
            int index = months(sel.from(), m) - 1;
            if (index >= 0 && index < covered.length) {
              covered[index] = true;
            }
          }
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < covered.length; i++) {
      if (!covered[i]) {
        int j = i;
        while (j + 1 < covered.length && !covered[j + 1]) {
          j++;
        }
        int a = addMonths(sel.from(), i);
        int b = addMonths(sel.from(), j);
        missing.add(a == b ? Coverage.month(a) : Coverage.month(a) + ".." + Coverage.month(b));
        i = j;
      }
    }
    List<String> notes = new ArrayList<>(extraNotes);
    notes.addAll(rateNotes(sel));
    frequencyNotes.stream().filter(n -> !notes.contains(n)).forEach(notes::add);
    if (currencies.size() > 1) {
      notes.add("values in " + currencies + " are not added up; this answer uses " + currency);
    }
    if (sources.isEmpty()) {
      missing = List.of(Coverage.month(sel.from()) + ".." + Coverage.month(sel.to()));
    }
    return new Coverage(List.copyOf(sources), List.copyOf(reporters), first, last, missing, notes);
  }

  /**
   * A filtered slice of the fact table over a month range, deduplicated (a fact two files report is counted once,
   * from the file first by name; rows of one file add up),
   * summed over products unless kept raw, and stored once in a temporary table on first use, so that the answer,
   * its currency and its coverage cost one scan of the fact table.
   */
  private final class Selection {
    private final String base;
    private final boolean raw;
    private final String where0;
    private final List<String> params;
    private final int from;
    private final int to;
    private String table;

    Selection(String where0, List<String> params, int from, int to) {
      this(facts(), where0, params, from, to);
    }

    Selection(String base, String where0, List<String> params, int from, int to) {
      this(base, false, where0, params, from, to);
    }

    /** {@code raw}: keep product rows (for further goods filters); else sum over products. */
    Selection(String base, boolean raw, String where0, List<String> params, int from, int to) {
      this.base = base;
      this.raw = raw;
      this.where0 = where0;
      this.params = params;
      this.from = from;
      this.to = to;
    }

    int from() {
      return from;
    }

    /** The selection's condition on the fact table (with its month range), for {@link #params}. */
    String filter() {
      return where0 + " AND month_from >= " + from + " AND month_to <= " + to;
    }

    List<String> params() {
      return params;
    }

    String base() {
      return base;
    }

    int to() {
      return to;
    }

    String table() throws SQLException {
      if (table == null) {
        String name = "slice_" + slices.size();
        String filter = " WHERE " + where0 + " AND month_from >= " + from + " AND month_to <= " + to;
        String sql = aggregated.contains(base) ? "SELECT * FROM " + base + filter
            : raw
            ? "SELECT * FROM " + base + filter + " QUALIFY dense_rank() OVER (PARTITION BY reporter, partner, flow, "
                + "product, month_from, month_to, currency ORDER BY source) = 1"
            : singleSource()
            ? "SELECT reporter, coalesce(any_value(reporter_name), reporter) AS reporter_name, partner, "
                + "coalesce(any_value(partner_name), partner) AS partner_name, flow, freq, period, month_from, "
                + "month_to, currency, source, sum(value) AS value FROM " + base + filter + " GROUP BY reporter, "
                + "partner, flow, freq, period, month_from, month_to, currency, source"
            : null;
        boolean bound = sql != null;
        if (sql == null) {
          sql = oneFrequency(name, filter);
        }
        try (PreparedStatement p = db.prepareStatement("CREATE OR REPLACE TEMP TABLE " + name + " AS " + sql)) {
          int i = 1;
          for (String s : bound ? params : List.<String>of()) {
            p.setString(i++, s);
          }
          p.execute();
        }
        slices.add(name);
        if (!raw) {
          aggregated.add(name);
        }
        table = name;
      }
      return table;
    }

    String deduplicated() throws SQLException {
      return "SELECT * FROM " + table();
    }

    /**
     * The facts of several files counted once (from the file first by name; rows of one file add up), and of the
     * copies of one reporter/partner/flow/product/year at several frequencies only one: monthly when the months
     * cover the year, else quarterly when the quarters do, else annual. Notes say where a frequency was left out.
     */
    private String oneFrequency(String name, String filter) throws SQLException {
      String dedup = "SELECT reporter, partner, flow, product, freq, period, month_from, month_to, currency, "
          + "arg_min(value, source) AS value, min(source) AS source, any_value(reporter_name) AS reporter_name, "
          + "any_value(partner_name) AS partner_name FROM (SELECT reporter, partner, flow, product, freq, period, "
          + "month_from, month_to, currency, source, sum(value) AS value, any_value(reporter_name) AS "
          + "reporter_name, any_value(partner_name) AS partner_name FROM " + base + filter + " GROUP BY reporter, "
          + "partner, flow, product, freq, period, month_from, month_to, currency, source) GROUP BY reporter, "
          + "partner, flow, product, freq, period, month_from, month_to, currency";
      String counted = "SELECT *, sum(CASE WHEN freq = 'M' THEN 1 ELSE 0 END) OVER w AS n_m, "
          + "sum(CASE WHEN freq = 'Q' THEN 1 ELSE 0 END) OVER w AS n_q, "
          + "sum(CASE WHEN freq = 'A' THEN 1 ELSE 0 END) OVER w AS n_a FROM (" + dedup + ") "
          + "WINDOW w AS (PARTITION BY reporter, partner, flow, product, currency, month_from // 100)";
      String chosen = "SELECT * EXCLUDE (n_m, n_q, n_a), CASE WHEN n_m >= 12 THEN 'M' WHEN n_q >= 4 THEN 'Q' "
          + "WHEN n_a > 0 THEN 'A' WHEN n_q > 0 THEN 'Q' ELSE 'M' END AS keep, "
          + "CAST(n_m > 0 AS INTEGER) + CAST(n_q > 0 AS INTEGER) + CAST(n_a > 0 AS INTEGER) AS freqs FROM (" + counted
          + ")";
      String rows = name + "_f";
      try (PreparedStatement p = db.prepareStatement("CREATE OR REPLACE TEMP TABLE " + rows + " AS " + chosen)) {
        int i = 1;
        for (String v : params) {
          p.setString(i++, v);
        }
        p.execute();
      }
      slices.add(rows);
      try (java.sql.Statement st = db.createStatement();
           ResultSet rs = st.executeQuery("SELECT keep, count(DISTINCT (reporter, partner, flow, product, "
               + "month_from // 100)), string_agg(DISTINCT source, ', ' ORDER BY source) FILTER (WHERE freq <> keep) "
               + "FROM " + rows + " WHERE freqs > 1 GROUP BY keep ORDER BY keep")) {
        while (rs.next()) {
          String kept = switch (rs.getString(1)) {
            case "M" -> "monthly";
            case "Q" -> "quarterly";
            default -> "annual";
          };
          frequencyNotes.add(rs.getLong(2) + " reporter/partner/goods/year(s) were reported both annually and "
              + "monthly or quarterly: the " + kept + " copy is used (the months cover the year"
              + (kept.equals("annual") ? " only in the annual copy" : "") + "); left out: rows of "
              + rs.getString(3) + " at the other frequency");
        }
      }
      return "SELECT reporter, coalesce(any_value(reporter_name), reporter) AS reporter_name, partner, "
          + "coalesce(any_value(partner_name), partner) AS partner_name, flow, freq, period, month_from, "
          + "month_to, currency, source, sum(value) AS value FROM " + rows + " WHERE freq = keep GROUP BY reporter, "
          + "partner, flow, freq, period, month_from, month_to, currency, source";
    }

    int bind(PreparedStatement p) {
      return 1;
    }

    int bind(PreparedStatement p, int start) {
      return start;
    }
  }

  private final List<String> slices = new ArrayList<>();
  private final List<String> frequencyNotes = new ArrayList<>();
  private final java.util.Set<String> aggregated = new java.util.HashSet<>();

  /**
   * Whether the store holds one imported file: then no fact can be reported twice and the cheaper aggregation gives
   * the same answer.
   */
  private boolean singleSource() throws SQLException {
    try (java.sql.Statement s = db.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(DISTINCT file) FROM imports")) {
      return rs.next() && rs.getLong(1) <= 1;
    }
  }

  /** Drops the temporary slices of the previous question. */
  private void reset() throws SQLException {
    try (java.sql.Statement s = db.createStatement()) {
      for (String t : slices) {
        s.execute("DROP TABLE IF EXISTS " + t);
      }
    } catch (SQLException e) {
      // a connection closed by a switch to a newer snapshot: its temporary tables went with it
    }
    slices.clear();
    aggregated.clear();
    frequencyNotes.clear();
    db = source.get();
    if (target != null) {
      convertedView();
    }
  }

  private static String country(String column) {
    return String.format(COUNTRY, column, column);
  }

  /** A user's country (name or code) as the store writes it. */
  public static String code(String text) {
    String c = TradeCountries.code(text);
    if (c.isEmpty()) {
      throw new IllegalArgumentException("unknown country '" + text + "'");
    }
    return c;
  }

  static String flowName(String flow) {
    return switch (flow) {
      case "M" -> "imports";
      case "X" -> "exports";
      default -> flow;
    };
  }

  /** yyyymm plus {@code n} months. */
  public static int addMonths(int yyyymm, int n) {
    int index = (yyyymm / 100) * 12 + (yyyymm % 100 - 1) + n;
    return (index / 12) * 100 + index % 12 + 1;
  }

  private static int months(int from, int to) {
    return (to / 100 - from / 100) * 12 + (to % 100 - from % 100) + 1;
  }
}
