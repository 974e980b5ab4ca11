package org.chokepoint.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chokepoint.app.workspace.Workspace;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.trade.load.TradeCountries;
import org.chokepoint.trade.query.GoodsFilter;
import org.chokepoint.trade.query.TradeQueries;
import org.chokepoint.trade.store.TradeStore;
import org.chokepoint.trade.synthetic.SyntheticTrade;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench trade}: a clearly synthetic trade table (reporters × partners × HS 2022 subheadings × months, skewed
 * like real trade: a few partners and goods carry most of the value), imported with DuckDB's CSV reader into a fresh
 * store, then the shares, change and conduits queries timed.
 */
@Command(name = "trade", mixinStandardHelpOptions = true,
    description = "Generate a synthetic trade table, import it, time shares, change and conduits.")
final class BenchTrade implements Callable<Integer> {
  @ParentCommand
  BenchCommand bench;

  @Spec
  CommandSpec spec;

  @Option(names = "--rows", description = "Rows to generate (default ${DEFAULT-VALUE}).")
  long rows = 10_000_000;

  @Option(names = "--dir", description = "Working folder (default: <data>/bench-trade).")
  Path dir;

  @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--runs", description = "Timed runs per query (default ${DEFAULT-VALUE}).")
  int runs = 5;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Workspace workspace = bench.workspace(spec);
    Path work = dir != null ? dir : workspace.layout().bench("trade");
    Files.createDirectories(work);
    GoodsCatalog catalog = workspace.openCatalog();
    List<String> codes = SyntheticTrade.codes(catalog);
    Path csv = work.resolve("synthetic_" + rows + ".csv");
    long t0 = System.nanoTime();
    if (!Files.exists(csv)) {
      SyntheticTrade.write(csv, rows, codes, seed);
    }
    double genSeconds = (System.nanoTime() - t0) / 1e9;
    Path db = work.resolve("bench.duckdb");
    Files.deleteIfExists(db);
    Files.deleteIfExists(work.resolve("bench.duckdb.wal"));
    try (TradeStore store = TradeStore.open(db)) {
      long t1 = System.nanoTime();
      long loaded = store.bulkLoad(csv);
      double importSeconds = (System.nanoTime() - t1) / 1e9;
      out.printf(Locale.ROOT, "generated %,d rows in %.1f s (%s); imported in %.1f s: %,.0f rows/s%n", loaded,
          genSeconds, Files.size(csv) / 1_000_000 + " MB CSV", importSeconds, loaded / importSeconds);
      TradeQueries q = new TradeQueries(store.connection());
      GoodsFilter chpl = GoodsFilter.parse("chpl", catalog);
      GoodsFilter tools = GoodsFilter.parse("machine-tools", catalog);
      time(out, "shares (RU, mirror, CHPL, 2023)", () -> q.shares("RU", TradeQueries.Basis.MIRROR, chpl, 202301,
          202312));
      time(out, "shares (RU, reported, machine tools, 2023)", () -> q.shares("RU", TradeQueries.Basis.REPORTED, tools,
          202301, 202312));
      time(out, "change (exports to RU by reporter, CHPL, ±12 months of 2022-03)", () -> q.change(null, "RU", "X",
          chpl, 202203, 12));
      time(out, "conduits (EU → third countries → RU, CHPL, ±10 months)",
          () -> q.conduits(TradeCountries.EU27_MEMBERS, "RU", chpl, 202203, 10));
    }
    return 0;
  }

  private interface Query {
    Object run() throws Exception;
  }

  private void time(PrintWriter out, String name, Query query) throws Exception {
    query.run();
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      query.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    out.printf(Locale.ROOT, "  %-66s median %7.0f ms (min %.0f, max %.0f)%n", name, ms[runs / 2], ms[0],
        ms[runs - 1]);
    out.flush();
  }
}
