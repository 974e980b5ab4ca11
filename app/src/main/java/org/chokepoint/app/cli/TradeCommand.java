package org.chokepoint.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.json.TradeJson;
import org.chokepoint.app.workspace.ReportFigures;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.trade.chart.SvgChart;
import org.chokepoint.trade.check.ClaimCheck;
import org.chokepoint.trade.check.FigureClaim;
import org.chokepoint.trade.load.Format;
import org.chokepoint.trade.load.ImportReport;
import org.chokepoint.trade.load.TradeParser;
import org.chokepoint.trade.load.TradePeriods;
import org.chokepoint.trade.query.Anomaly;
import org.chokepoint.trade.query.Coverage;
import org.chokepoint.trade.query.GoodsFilter;
import org.chokepoint.trade.query.TradeQueries;
import org.chokepoint.trade.load.TradeCountries;
import org.chokepoint.trade.store.TradeSnapshots;
import org.chokepoint.trade.store.TradeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trade …}: trade statistics in the embedded store, and the questions asked of them. */
@Command(name = "trade", mixinStandardHelpOptions = true,
    description = "Import trade statistics into the DuckDB store in the data directory (data/trade/trade.duckdb) "
        + "and ask who supplies a country, how flows changed, which third countries became conduits, and how "
        + "exporters' and importers' figures differ. Every answer states its coverage.",
    subcommands = {TradeCommand.Import.class, TradeCommand.SharesCmd.class, TradeCommand.Flows.class,
        TradeCommand.ChangeCmd.class, TradeCommand.ConduitsCmd.class, TradeCommand.MirrorGapCmd.class,
        TradeCommand.Check.class})
final class TradeCommand {
  @ParentCommand
  ChokepointCommand main;

  /** The trade store's snapshots in the data directory ({@code data/trade}, made live through {@code CURRENT}). */
  static TradeSnapshots snapshots(ChokepointCommand main) throws IOException {
    return main.workspace().trade();
  }

  /** The live trade snapshot (open it read-only), or where it would be when nothing was imported yet. */
  static Path storeFile(ChokepointCommand main) throws IOException {
    return snapshots(main).liveOrDefault();
  }

  /** The ECB reference rates that {@code update} put in the data directory, or null. */
  static Path ratesFile(ChokepointCommand main) throws IOException {
    Path f = main.workspace().layout().exchangeRates();
    return Files.exists(f) ? f : null;
  }

  static GoodsCatalog catalog(ChokepointCommand main) throws Exception {
    return main.workspace().openCatalog();
  }

  /** Options every question shares. */
  static final class Question {
    @Option(names = "--goods", paramLabel = "GOODS", description = "Goods group (machine-tools, chpl-1 …), HS "
        + "codes (8542,854231), product:EU-SANCTIONED, all, or nothing for the reported all-goods totals.")
    String goods = "";

    @Option(names = "--from", paramLabel = "PERIOD", description = "First period: 2022, 2022-03 or 2022-Q1.")
    String from = "2000";

    @Option(names = "--to", paramLabel = "PERIOD", description = "Last period.")
    String to = "2030";

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--svg", paramLabel = "FILE", description = "Also draw the answer as an SVG chart.")
    Path svg;

    @Option(names = "--currency", paramLabel = "CODE", description = "Convert every value to USD, EUR … at the "
        + "ECB's average euro reference rate of each row's period (the coverage names the rates); default: the data's "
        + "own currencies, never added together.")
    String currency;

    int fromMonth() {
      return TradePeriods.range(from, to)[0];
    }

    int toMonth() {
      return TradePeriods.range(from, to)[1];
    }
  }

  /** Runs a question against the store. */
  abstract static class Asking implements Callable<Integer> {
    @ParentCommand
    TradeCommand trade;

    @Spec
    CommandSpec spec;

    @Mixin
    Question q;

    @Override
    public Integer call() throws Exception {
      TradePeriods.range(q.from, q.to);
      Path file = storeFile(trade.main);
      if (!Files.exists(file)) {
        throw new IllegalArgumentException("no trade store at " + file + "; run 'chokepoint trade import FILE...'");
      }
      GoodsCatalog catalog = catalog(trade.main);
      try (TradeStore store = TradeStore.openReadOnly(file)) {
        TradeQueries queries = new TradeQueries(store.connection()).currency(q.currency);
        return ask(queries, GoodsFilter.parse(q.goods, catalog), catalog, spec.commandLine().getOut());
      }
    }

    abstract int ask(TradeQueries queries, GoodsFilter goods, GoodsCatalog catalog, PrintWriter out)
        throws Exception;

    void svg(String content) throws Exception {
      if (q.svg != null) {
        Files.writeString(q.svg, content);
        spec.commandLine().getErr().println("chart: " + q.svg);
      }
    }
  }

  /** {@code trade import FILE...}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Import trade files (layout detected from the header unless --format is given). Re-importing "
          + "a file replaces its rows; a file that fails leaves the store as it was.")
  static final class Import implements Callable<Integer> {
    @ParentCommand
    TradeCommand trade;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*")
    List<Path> files;

    @Option(names = "--format", description = "auto (default), comtrade, comtrade_legacy, baci, imf, eurostat, "
        + "eurostat_sanctioned, eurostat_relational, armstat_country, armstat_goods, csv")
    String format = "auto";

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Format f = Format.parse(format);
      GoodsCatalog catalog = catalog(trade.main);
      List<Path> all = new ArrayList<>(files);
      Path rates = ratesFile(trade.main);
      if (f == null && rates != null && all.stream().noneMatch(p -> p.getFileName().equals(rates.getFileName()))) {
        all.add(rates);
      }
      long t0 = System.nanoTime();
      TradeSnapshots.Result result = snapshots(trade.main).importFiles(all, f,
          () -> new TradeParser(catalog.correlation()));
      double s = (System.nanoTime() - t0) / 1e9;
      for (ImportReport r : result.reports()) {
        report(out, r);
      }
      result.errors().forEach(e -> err.println("error: " + e));
      long rows = result.reports().stream().mapToLong(ImportReport::rowsRead).sum();
      out.printf(Locale.ROOT, "%d file(s) imported, %d failed; %,d rows in %.1f s (%,.0f rows/s); live store: %s%n",
          result.reports().size(), result.errors().size(), rows, s, rows / Math.max(s, 1e-9), result.live());
      return result.errors().isEmpty() ? 0 : 1;
    }
  }

  /** One file's import, as the CLI and {@code serve} print it. */
  static void report(PrintWriter out, ImportReport r) {
    if (r.lookup()) {
      out.printf(Locale.ROOT, "%s: %s%s%n", r.file(), String.join("; ", r.notes()),
          r.replaced() ? " (replacing the earlier import)" : "");
      return;
    }
    out.printf(Locale.ROOT, "%s: %s, %,d rows read, %,d stored%s%n", r.file(),
        r.format().name().toLowerCase(Locale.ROOT), r.rowsRead(), r.rowsStored(),
        r.replaced() ? " (replacing the earlier import)" : "");
    r.skipped().forEach((why, n) -> out.printf("  skipped %,d: %s (lines %s…)%n", n, why, r.skippedLines().get(why)));
    if (!r.unknownCountries().isEmpty()) {
      out.printf("  %d unknown country names (rows kept with no code): %s%n", r.unknownCountries().size(),
          r.unknownCountries());
    }
    if (!r.aggregates().isEmpty()) {
      out.printf("  %d aggregate names (country groups, never counted as a partner): %s%n", r.aggregates().size(),
          String.join("; ", r.aggregates().keySet()));
    }
    if (!r.notPlaces().isEmpty()) {
      out.printf("  %d names that are not a place: %s%n", r.notPlaces().size(), String.join("; ",
          r.notPlaces().keySet()));
    }
    r.notes().forEach(n -> out.println("  note: " + n));
  }

  /** Anomalies, summarised: one line per jump or gap, one per kind for estimated values. */
  static void printAnomalies(PrintWriter out, List<Anomaly> anomalies) {
    List<Anomaly> estimated = anomalies.stream().filter(a -> a.kind() == Anomaly.Kind.ESTIMATED).toList();
    List<Anomaly> others = anomalies.stream().filter(a -> a.kind() != Anomaly.Kind.ESTIMATED).toList();
    others.stream().limit(12).forEach(a -> out.println("  ! " + a.line()));
    if (others.size() > 12) {
      out.println("  ! … and " + (others.size() - 12) + " more (--json lists them all)");
    }
    if (estimated.size() == 1) {
      out.println("  ! " + estimated.getFirst().line());
    } else if (estimated.size() > 1) {
      out.println("  ! look here: estimated, " + estimated.size() + " partners ("
          + String.join(", ", estimated.stream().limit(8).map(Anomaly::subject).toList())
          + (estimated.size() > 8 ? " …" : "") + "): " + estimated.getFirst().detail());
    }
  }

  /** {@code trade shares}. */
  @Command(name = "shares", mixinStandardHelpOptions = true,
      description = "Who supplies a country: value and share per partner, from its own imports or (--mirror) its "
          + "partners' exports to it.")
  static final class SharesCmd extends Asking {
    @Option(names = "--target", required = true, description = "Importing country (name or code).")
    String target;

    @Option(names = "--mirror", description = "Use partners' exports to the target instead of its own imports.")
    boolean mirror;

    @Override
    int ask(TradeQueries queries, GoodsFilter goods, GoodsCatalog catalog, PrintWriter out) throws Exception {
      var r = queries.shares(TradeQueries.code(target), mirror ? TradeQueries.Basis.MIRROR
          : TradeQueries.Basis.REPORTED, goods, q.fromMonth(), q.toMonth());
      if (q.json) {
        out.println(TradeJson.shares(r));
      } else {
        out.printf(Locale.ROOT, "%s imports of %s, %s..%s (%s), total %s %s%n", r.target(), r.goods(), q.from, q.to,
            r.basis() == TradeQueries.Basis.MIRROR ? "mirror: partners' exports" : "as reported", SvgChart.number(
                r.total()), r.currency());
        for (var s : r.shares().subList(0, Math.min(20, r.shares().size()))) {
          out.printf(Locale.ROOT, "  %-4s %-40s %12s %6.1f%%%s%n", s.partner(), s.name(), SvgChart.number(s.value()),
              100 * s.share(), r.about(s.partner()).stream().anyMatch(a -> a.kind() != Anomaly.Kind.ESTIMATED)
                  ? "  !" : "");
        }
        printAnomalies(out, r.anomalies());
        print(out, r.coverage());
      }
      svg(SvgChart.bars("Suppliers of " + r.target() + ": " + r.goods() + ", " + span(r.coverage(), q), r.currency(),
          r.shares().stream().map(s -> new SvgChart.Bar(s.partner() + " " + s.name(), s.value(),
              r.about(s.partner()).stream().anyMatch(a -> a.kind() != Anomaly.Kind.ESTIMATED))).toList(),
          notes(r.coverage(), r.anomalies())));
      return 0;
    }
  }

  /** {@code trade flows}. */
  @Command(name = "flows", mixinStandardHelpOptions = true,
      description = "Time series of flows: every --reporter × --partner pair.")
  static final class Flows extends Asking {
    @Option(names = "--reporter", required = true, split = ",", description = "Reporting countries.")
    List<String> reporters;

    @Option(names = "--partner", required = true, split = ",", description = "Partner countries.")
    List<String> partners;

    @Option(names = "--flow", description = "M (imports) or X (exports); default ${DEFAULT-VALUE}.")
    String flow = "X";

    @Override
    int ask(TradeQueries queries, GoodsFilter goods, GoodsCatalog catalog, PrintWriter out) throws Exception {
      List<String> r = reporters.stream().map(TradeQueries::code).toList();
      List<String> p = partners.stream().map(TradeQueries::code).toList();
      var series = queries.flows(r, p, flow.toUpperCase(Locale.ROOT), goods, q.fromMonth(), q.toMonth());
      List<Coverage> coverage = new ArrayList<>();
      for (String a : r) {
        for (String b : p) {
          coverage.add(queries.coverage(a, b, flow.toUpperCase(Locale.ROOT), goods, q.fromMonth(), q.toMonth()));
        }
      }
      if (q.json) {
        out.println(TradeJson.flows(series, coverage));
      } else {
        for (int i = 0; i < series.size(); i++) {
          var s = series.get(i);
          out.printf("%s [%s]%n", s.label(), s.currency());
          s.points().forEach(pt -> out.printf(Locale.ROOT, "  %-8s %14s%n", pt.period(), SvgChart.number(pt.value())));
          printAnomalies(out, s.anomalies());
          print(out, coverage.get(i));
        }
      }
      List<String> notes = new ArrayList<>();
      for (int i = 0; i < coverage.size(); i++) {
        notes.addAll(notes(coverage.get(i), series.get(i).anomalies()));
      }
      svg(SvgChart.lines("Trade flows, " + goods.label(), series, notes, emptyWhy(series, goods)));
      return 0;
    }
  }

  /** {@code trade change}. */
  @Command(name = "change", mixinStandardHelpOptions = true,
      description = "Before/after a date: per partner of --reporter, or per reporter trading with --partner.")
  static final class ChangeCmd extends Asking {
    @Option(names = "--reporter", description = "Reporting country (changes per partner).")
    String reporter;

    @Option(names = "--partner", description = "Partner country (changes per reporter, or one pair with --reporter).")
    String partner;

    @Option(names = "--flow", description = "M or X; default ${DEFAULT-VALUE}.")
    String flow = "X";

    @Option(names = "--date", required = true, description = "The event, e.g. 2022-02-24: its next month is the "
        + "first month after.")
    String date;

    @Option(names = "--months", description = "Months on each side; default ${DEFAULT-VALUE}.")
    int months = 12;

    @Override
    int ask(TradeQueries queries, GoodsFilter goods, GoodsCatalog catalog, PrintWriter out) throws Exception {
      if ((reporter == null || reporter.isBlank()) && (partner == null || partner.isBlank())) {
        throw new IllegalArgumentException("give --reporter, --partner or both");
      }
      var r = queries.change(reporter == null ? null : TradeQueries.code(reporter), partner == null ? null
          : TradeQueries.code(partner), flow.toUpperCase(Locale.ROOT), goods, split(date), months);
      if (q.json) {
        out.println(TradeJson.change(r));
      } else {
        out.printf("%s: %d months before and after %s [%s]%n", r.question(), months, date, r.currency());
        for (var c : r.changes().subList(0, Math.min(25, r.changes().size()))) {
          out.printf(Locale.ROOT, "  %-4s %-32s %12s → %12s  %12s  %s%n", c.code(), c.name(),
              SvgChart.number(c.before()), SvgChart.number(c.after()),
              (c.absolute() >= 0 ? "+" : "") + SvgChart.number(c.absolute()),
              Double.isNaN(c.relative()) ? "new" : String.format(Locale.ROOT, "%+.0f%%", 100 * c.relative()));
        }
        print(out, r.coverage());
      }
      return 0;
    }
  }

  /** {@code trade conduits}. */
  @Command(name = "conduits", mixinStandardHelpOptions = true,
      description = "Third countries whose imports from a bloc rose after a date while the bloc's exports to the "
          + "target fell, ranked, with their own trade with the target where the store has it.")
  static final class ConduitsCmd extends Asking {
    @Option(names = "--bloc", split = ",", description = "Exporting bloc: country codes, or EU for the 27 member "
        + "states (default).")
    List<String> bloc = List.of("EU");

    @Option(names = "--target", description = "Default ${DEFAULT-VALUE}.")
    String target = "RU";

    @Option(names = "--date", description = "Default ${DEFAULT-VALUE} (the invasion).")
    String date = "2022-02-24";

    @Option(names = "--months", description = "Months on each side; default ${DEFAULT-VALUE}.")
    int months = 10;

    @Override
    int ask(TradeQueries queries, GoodsFilter goods, GoodsCatalog catalog, PrintWriter out) throws Exception {
      List<String> members = bloc.size() == 1 && bloc.getFirst().equalsIgnoreCase("EU") ? EU_MEMBERS
          : bloc.stream().map(TradeQueries::code).toList();
      var r = queries.conduits(members, TradeQueries.code(target), goods, split(date), months);
      if (q.json) {
        out.println(TradeJson.conduits(r));
      } else {
        out.printf(Locale.ROOT, "Bloc exports to %s of %s: %s → %s %s (%+.0f%%), %d months each side of %s%n",
            r.target(), r.goods(), SvgChart.number(r.blocToTarget().before()), SvgChart.number(
                r.blocToTarget().after()), r.currency(), 100 * r.blocToTarget().relative(), months, date);
        for (var c : r.conduits()) {
          out.printf(Locale.ROOT, "  %-3s %-22s bloc → it %10s → %10s (%+5.0f%%)  it → %s: %s%n", c.country(),
              c.fromBloc().name(), SvgChart.number(c.fromBloc().before()), SvgChart.number(c.fromBloc().after()),
              100 * c.fromBloc().relative(), r.target(), c.toTarget() == null ? c.toTargetSource()
                  : SvgChart.number(c.toTarget().before()) + " → " + SvgChart.number(c.toTarget().after()) + " ("
                  + c.toTargetSource() + ")");
        }
        List<Anomaly> anomalies = r.evidence().stream().flatMap(e -> e.anomalies().stream()).toList();
        printAnomalies(out, anomalies);
        print(out, r.coverage());
      }
      svg(SvgChart.lines("Conduits to " + r.target() + ": " + r.goods(), r.evidence(),
          notes(r.coverage(), r.evidence().stream().flatMap(e -> e.anomalies().stream()).toList()),
          "the bloc's exports to " + r.target() + " and to third countries (" + r.goods() + ") around " + date));
      return 0;
    }
  }

  /** {@code trade mirror-gap}. */
  @Command(name = "mirror-gap", mixinStandardHelpOptions = true,
      description = "Exporter-reported exports against importer-reported imports of the same flow, per year.")
  static final class MirrorGapCmd extends Asking {
    @Option(names = "--exporter", required = true)
    String exporter;

    @Option(names = "--importer", required = true)
    String importer;

    @Override
    int ask(TradeQueries queries, GoodsFilter goods, GoodsCatalog catalog, PrintWriter out) throws Exception {
      var r = queries.mirrorGap(TradeQueries.code(exporter), TradeQueries.code(importer), goods, q.fromMonth(),
          q.toMonth());
      if (q.json) {
        out.println(TradeJson.mirrorGap(r));
      } else {
        out.printf("%s → %s, %s [%s]: exporter-reported vs importer-reported%n", r.exporter(), r.importer(),
            r.goods(), r.currency());
        for (var g : r.gaps()) {
          out.printf(Locale.ROOT, "  %s  %12s (%2d months)  %12s (%2d months)  ratio %s%s%n", g.period(),
              SvgChart.number(g.exporterReported()), g.exporterMonths(), SvgChart.number(g.importerReported()),
              g.importerMonths(), Double.isNaN(g.ratio()) ? "-" : String.format(Locale.ROOT, "%.2f", g.ratio()),
              g.comparable() ? "" : "  (not comparable)");
        }
        printAnomalies(out, r.anomalies());
        out.print("exporter side: ");
        print(out, r.exporterCoverage());
        out.print("importer side: ");
        print(out, r.importerCoverage());
      }
      return 0;
    }
  }

  /** {@code trade check}. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Check a stated figure (a share or a value of a flow) against the store, or every SHARE and "
          + "TRADE_VALUE claim in the output of 'reports extract --json' (--claims).")
  static final class Check extends Asking {
    @Option(names = "--claims", paramLabel = "FILE", description = "JSON lines from 'reports extract --json'.")
    Path claimsFile;

    @Option(names = "--exporter", description = "Supplying country ('' for all partners).")
    String exporter = "";

    @Option(names = "--importer")
    String importer;

    @Option(names = "--share", description = "Stated share in percent of the importer's imports.")
    Double share;

    @Option(names = "--value", description = "Stated value (e.g. 240e9).")
    Double value;

    @Option(names = "--trade", description = "The value is two-way trade between the two.")
    boolean twoWay;


    @Option(names = "--qualifier", description = "exact, over, nearly or approximately; default ${DEFAULT-VALUE}.")
    String qualifier = "exact";

    @Override
    int ask(TradeQueries queries, GoodsFilter goods, GoodsCatalog catalog, PrintWriter out) throws Exception {
      if (claimsFile != null) {
        return fromReports(new ClaimCheck(queries, catalog), out);
      }
      if (importer == null) {
        throw new IllegalArgumentException("give --importer (or --claims FILE)");
      }
      if ((share == null) == (value == null)) {
        throw new IllegalArgumentException("give exactly one of --share and --value");
      }
      FigureClaim.Kind kind = share != null ? FigureClaim.Kind.SHARE : twoWay ? FigureClaim.Kind.TRADE
          : FigureClaim.Kind.VALUE;
      String currency = q.currency == null || q.currency.isBlank() ? "USD" : q.currency.toUpperCase(Locale.ROOT);
      FigureClaim claim = new FigureClaim(exporter, importer, q.goods, q.fromMonth(), q.toMonth(), kind,
          share != null ? share : value, currency, qualifier.toLowerCase(Locale.ROOT));
      ClaimCheck.Result r = new ClaimCheck(queries, catalog).check(claim);
      if (q.json) {
        out.println(TradeJson.check(r));
      } else {
        out.printf(Locale.ROOT, "%s: stated %s %s; %s%n", r.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            qualifier, kind == FigureClaim.Kind.SHARE ? share + "%" : SvgChart.number(value) + " " + currency,
            r.basis());
        r.coverage().forEach(c -> out.println("  " + c));
        if (!r.wouldSettle().isEmpty()) {
          out.println("  would settle it: " + r.wouldSettle());
        }
      }
      return 0;
    }

    private int fromReports(ClaimCheck check, PrintWriter out) throws Exception {
      int n = 0;
      for (String line : Files.readAllLines(claimsFile)) {
        if (line.isBlank()) {
          continue;
        }
        var doc = MatchJson.MAPPER.readTree(line);
        for (var c : doc.path("claims")) {
          var fig = c.path("figure");
          if (fig.isMissingNode() || fig.isNull()) {
            continue;
          }
          List<String> hs = new ArrayList<>();
          c.path("hs").forEach(x -> hs.add(x.asText()));
          ReportFigures.Checkable item = ReportFigures.of(c.path("kind").asText(), c.path("actor_id").asText(),
              c.path("target_id").asText(), hs, fig.path("period_from").asText(), fig.path("period_to").asText(),
              fig.path("value").asDouble(), fig.path("unit").asText(), fig.path("qualifier").asText(),
              fig.path("text").asText());
          if (item == null) {
            continue;
          }
          n++;
          out.println(doc.path("doc").asText() + ": " + item.description());
          if (item.claim() == null) {
            out.println("  not checkable: " + item.reason());
            continue;
          }
          ClaimCheck.Result r = check.check(item.claim());
          out.println("  " + r.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + r.basis()
              + (r.wouldSettle().isEmpty() ? "" : "\n  would settle it: " + r.wouldSettle()));
        }
      }
      out.printf("%d figure claims read from %s%n", n, claimsFile);
      return 0;
    }
  }

  static final List<String> EU_MEMBERS = TradeCountries.EU27_MEMBERS;

  static int split(String date) {
    return TradePeriods.firstMonthAfter(date);
  }

  /** The period a chart's title names: the months the data cover, not the months asked for. */
  static String span(Coverage c, Question q) {
    return c.empty() ? q.from + ".." + q.to : Coverage.label(c.first()) + ".." + Coverage.label(c.last());
  }

  /** What would fill an empty flows chart. */
  static String emptyWhy(List<TradeQueries.Series> series, GoodsFilter goods) {
    return String.join("; ", series.stream().map(TradeQueries.Series::label).toList()) + " — import a file with "
        + "these reporters' flows of " + goods.label();
  }

  static void print(PrintWriter out, Coverage c) {
    out.println("  coverage: " + c.summary());
    c.notes().forEach(n -> out.println("  note: " + n));
  }

  static List<String> notes(Coverage c, List<Anomaly> anomalies) {
    List<String> out = new ArrayList<>();
    out.add(c.summary());
    out.addAll(c.notes());
    List<Anomaly> others = anomalies.stream().filter(a -> a.kind() != Anomaly.Kind.ESTIMATED).toList();
    others.stream().limit(6).forEach(a -> out.add("! " + a.line()));
    if (others.size() > 6) {
      out.add("! … and " + (others.size() - 6) + " more figures to look at (--json lists them all)");
    }
    long estimated = anomalies.stream().filter(a -> a.kind() == Anomaly.Kind.ESTIMATED).count();
    if (estimated > 0) {
      out.add("! look here: " + estimated + " value(s) estimated from partner data: " + anomalies.stream()
          .filter(a -> a.kind() == Anomaly.Kind.ESTIMATED).findFirst().orElseThrow().detail());
    }
    return out;
  }
}
