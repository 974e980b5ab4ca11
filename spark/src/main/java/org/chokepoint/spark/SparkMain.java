package org.chokepoint.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Screener;
import org.chokepoint.spark.jobs.AggregateTradeJob;
import org.chokepoint.spark.jobs.ScreenShipmentsJob;
import org.chokepoint.spark.shipments.ShipmentGenerator;
import org.chokepoint.spark.shipments.ShipmentScreening;
import org.chokepoint.spark.shipments.Shipments;

/**
 * Entry point of the job jar: {@code spark-submit --class org.chokepoint.spark.SparkMain chokepoint-spark.jar JOB
 * --option value …}. Jobs: {@code screen-shipments}, {@code aggregate-trade}, {@code generate-shipments} and
 * {@code bench} (embedded path against Spark on generated shipments).
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      usage();
      System.exit(2);
    }
    Map<String, String> o = options(args);
    boolean verbose = o.containsKey("verbose");
    System.setProperty("chokepoint.log.level", verbose ? "info" : "warn");
    String master = o.get("master");
    long t0 = System.nanoTime();
    progress("%s: started on %s (Spark's log at %s; --verbose for INFO)", args[0], master == null ? "the cluster"
        : master, verbose ? "INFO" : "WARN");
    switch (args[0]) {
      case "screen-shipments" -> {
        try (SparkSession spark = SparkJobs.session(master, "chokepoint screen-shipments")) {
          progress("screen-shipments: screening %s against the index in %s", o.get("input"), o.get("data"));
          long flagged = ScreenShipmentsJob.run(spark, Path.of(require(o, "data")), require(o, "input"),
              require(o, "output"), Double.parseDouble(o.getOrDefault("threshold", "0.85")));
          System.out.printf("%d shipments flagged; results in %s%n", flagged, o.get("output"));
        }
      }
      case "aggregate-trade" -> {
        DataDirectory data = new DataDirectory(Path.of(require(o, "data")));
        GoodsCatalog catalog = GoodsCatalog.load(data, SourceRegistry.builtIn());
        try (SparkSession spark = SparkJobs.session(master, "chokepoint aggregate-trade")) {
          progress("aggregate-trade: reading %s", o.get("input"));
          Dataset<Row> rows = AggregateTradeJob.read(spark, require(o, "input"));
          var shares = AggregateTradeJob.shares(rows, o.getOrDefault("target", "RU"), o.containsKey("mirror"),
              catalog.groups().get(o.getOrDefault("goods", "chpl")).subheadings(),
              Integer.parseInt(o.getOrDefault("from", "202301")), Integer.parseInt(o.getOrDefault("to", "202312")),
              o.getOrDefault("currency", "USD"));
          shares.forEach(s -> System.out.printf(Locale.ROOT, "%s %,.0f %.4f%n", s.partner(), s.value(), s.share()));
        }
      }
      case "generate-shipments" -> generate(o);
      case "bench" -> bench(o);
      default -> {
        usage();
        System.exit(2);
      }
    }
    progress("%s: done in %.1f s", args[0], (System.nanoTime() - t0) / 1e9);
  }

  /** The job's own progress on stderr, beside Spark's warnings; results go to stdout. */
  private static void progress(String format, Object... args) {
    System.err.printf(Locale.ROOT, "chokepoint " + format + "%n", args);
  }

  private static void generate(Map<String, String> o) throws Exception {
    DataDirectory data = new DataDirectory(Path.of(require(o, "data")));
    GoodsCatalog catalog = GoodsCatalog.load(data, SourceRegistry.builtIn());
    try (ScreeningIndex index = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, s -> { })) {
      new ShipmentGenerator(index.parties(), new ArrayList<>(ScreenShipmentsJob.chplTiers(catalog.chpl()).keySet()),
          catalog.hs().subheadings("84"), Long.parseLong(o.getOrDefault("seed", "42")))
          .write(Path.of(require(o, "output")), Long.parseLong(o.getOrDefault("rows", "1000000")), 0.02);
    }
  }

  /** Embedded path (threads over one Screener) against Spark on the same generated file. */
  private static void bench(Map<String, String> o) throws Exception {
    Path dataDir = Path.of(require(o, "data"));
    long rows = Long.parseLong(o.getOrDefault("rows", "1000000"));
    Path csv = Path.of(o.getOrDefault("work", "/tmp")).resolve("synthetic_shipments_" + rows + ".csv");
    if (!Files.exists(csv)) {
      Map<String, String> g = new HashMap<>(o);
      g.put("output", csv.toString());
      g.put("rows", String.valueOf(rows));
      generate(g);
    }
    DataDirectory data = new DataDirectory(dataDir);
    GoodsCatalog catalog = GoodsCatalog.load(data, SourceRegistry.builtIn());
    AtomicLong flagged = new AtomicLong();
    long t1 = System.nanoTime();
    try (ScreeningIndex index = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, s -> { })) {
      ShipmentScreening screening = new ShipmentScreening(new Screener(index),
          ScreenShipmentsJob.chplTiers(catalog.chpl()), 0.85);
      Shipments.read(csv, 100_000, batch -> batch.parallelStream().forEach(s -> {
        if (screening.screen(s).flagged()) {
          flagged.incrementAndGet();
        }
      }));
    }
    double embedded = (System.nanoTime() - t1) / 1e9;
    System.out.printf(Locale.ROOT, "embedded: %,d shipments in %.1f s (reading the CSV included): %,.0f records/s, "
        + "%,d flagged%n", rows, embedded, rows / embedded, flagged.get());
    try (SparkSession spark = SparkJobs.session(o.getOrDefault("master", "local[2]"), "chokepoint bench")) {
      long t2 = System.nanoTime();
      long sparkFlagged = ScreenShipmentsJob.run(spark, dataDir, csv.toString(), csv + ".flagged.parquet", 0.85);
      double onSpark = (System.nanoTime() - t2) / 1e9;
      System.out.printf(Locale.ROOT, "spark %s: %,d shipments in %.1f s (reading and writing Parquet included): "
          + "%,.0f records/s, %,d flagged%n", o.getOrDefault("master", "local[2]"), rows, onSpark, rows / onSpark,
          sparkFlagged);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
      }
      String key = args[i].substring(2);
      boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
      o.put(key, flag ? "true" : args[++i]);
    }
    return o;
  }

  private static String require(Map<String, String> o, String key) {
    String v = o.get(key);
    if (v == null) {
      throw new IllegalArgumentException("--" + key + " is required");
    }
    return v;
  }

  private static void usage() {
    System.err.println("""
        usage: SparkMain JOB [--master local[2]] ...
          screen-shipments  --data DIR --input shipments.csv|.parquet --output flagged.parquet [--threshold 0.85]
          aggregate-trade   --data DIR --input trade.csv|.parquet [--target RU] [--mirror] [--goods chpl]
                            [--from 202301] [--to 202312] [--currency USD]
          generate-shipments --data DIR --output shipments.csv [--rows 1000000] [--seed 42]
          bench             --data DIR [--rows 1000000] [--work /tmp]
        every job: --verbose shows Spark's INFO log (default: WARN)""");
  }
}
