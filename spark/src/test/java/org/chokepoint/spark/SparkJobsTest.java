package org.chokepoint.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Screener;
import org.chokepoint.spark.jobs.AggregateTradeJob;
import org.chokepoint.spark.jobs.ScreenShipmentsJob;
import org.chokepoint.spark.shipments.ShipmentGenerator;
import org.chokepoint.spark.shipments.ShipmentScreening;
import org.chokepoint.spark.shipments.Shipments;
import org.chokepoint.trade.query.GoodsFilter;
import org.chokepoint.trade.query.TradeQueries;
import org.chokepoint.trade.store.TradeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark jobs in local[2] against the embedded path on the same input: they must agree exactly. */
class SparkJobsTest {
  @TempDir
  static Path dir;
  static SparkSession spark;
  static DataDirectory data;
  static GoodsCatalog catalog;

  @BeforeAll
  static void start() throws Exception {
    data = Fixtures.realData(dir.resolve("data"));
    catalog = GoodsCatalog.load(data, SourceRegistry.builtIn());
    spark = SparkJobs.session("local[2]", "chokepoint-test");
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void screeningShipmentsOnSparkAgreesWithTheEmbeddedPath() throws Exception {
    Path csv = dir.resolve("synthetic_shipments.csv");
    Map<String, Row> embedded = new TreeMap<>();
    try (ScreeningIndex index = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, s -> { })) {
      List<String> chpl = new ArrayList<>(ScreenShipmentsJob.chplTiers(catalog.chpl()).keySet());
      new ShipmentGenerator(index.parties(), chpl, catalog.hs().subheadings("84"), 7).write(csv, 3000, 0.03);
      ShipmentScreening screening = new ShipmentScreening(new Screener(index),
          ScreenShipmentsJob.chplTiers(catalog.chpl()), 0.85);
      for (var s : Shipments.read(csv)) {
        Row r = ScreenShipmentsJob.toRow(screening.screen(s));
        embedded.put(r.getString(0), r);
      }
    }
    Path out = dir.resolve("flagged.parquet");
    long flagged = ScreenShipmentsJob.run(spark, data.root(), csv.toString(), out.toString(), 0.85);
    Map<String, Row> onSpark = new TreeMap<>();
    for (Row r : spark.read().parquet(out.toString()).collectAsList()) {
      onSpark.put(r.getString(0), r);
    }
    assertThat(onSpark).hasSize(3000);
    assertThat(onSpark.keySet()).isEqualTo(embedded.keySet());
    for (String id : embedded.keySet()) {
      for (int i = 0; i < ScreenShipmentsJob.OUTPUT.size(); i++) {
        assertThat(onSpark.get(id).get(i)).as(id + " " + ScreenShipmentsJob.OUTPUT.fields()[i].name())
            .isEqualTo(embedded.get(id).get(i));
      }
    }
    long listedMatches = embedded.values().stream().filter(r -> !r.getString(7).isEmpty()).count();
    System.out.println("shipments whose shipper matched a listed party: " + listedMatches + " of 3000");
    assertThat(listedMatches).as("generated listed shippers (3%, written with variants) are found").isGreaterThan(45);
    assertThat(flagged).isEqualTo(embedded.values().stream().filter(r -> r.getBoolean(18)).count());
  }

  @Test
  void aggregatingTradeOnSparkAgreesWithTheEmbeddedStore() throws Exception {
    Path csv = dir.resolve("synthetic_trade.csv");
    SparkJobs.generateTrade(csv, 200_000, catalog, 5);
    Set<String> chpl = catalog.groups().get("chpl").subheadings();
    try (TradeStore store = TradeStore.open(dir.resolve("trade.duckdb"))) {
      store.bulkLoad(csv);
      TradeQueries q = new TradeQueries(store.connection());
      TradeQueries.Shares embedded = q.shares("RU", TradeQueries.Basis.MIRROR, GoodsFilter.parse("chpl", catalog),
          202301, 202312);
      List<AggregateTradeJob.Share> onSpark = AggregateTradeJob.shares(AggregateTradeJob.read(spark, csv.toString()),
          "RU", true, chpl, 202301, 202312, "USD");
      assertThat(onSpark).hasSize(embedded.shares().size());
      for (int i = 0; i < onSpark.size(); i++) {
        assertThat(onSpark.get(i).partner()).isEqualTo(embedded.shares().get(i).partner());
        assertThat(onSpark.get(i).value()).isEqualTo(embedded.shares().get(i).value());
        assertThat(onSpark.get(i).share()).isEqualTo(embedded.shares().get(i).share());
      }
      TradeQueries.ChangeResult change = q.change(null, "RU", "X", GoodsFilter.parse("chpl", catalog), 202203, 12);
      List<AggregateTradeJob.Change> sparkChange = AggregateTradeJob.change(AggregateTradeJob.read(spark,
          csv.toString()), "RU", chpl, change.before(), change.split(), change.after(), "USD");
      Map<String, double[]> a = new TreeMap<>();
      change.changes().forEach(c -> a.put(c.code(), new double[] {c.before(), c.after()}));
      Map<String, double[]> b = new TreeMap<>();
      sparkChange.forEach(c -> b.put(c.code(), new double[] {c.before(), c.after()}));
      assertThat(b.keySet()).isEqualTo(a.keySet());
      a.forEach((k, v) -> assertThat(b.get(k)).as(k).containsExactly(v));
      List<String> eu = org.chokepoint.trade.load.TradeCountries.EU27_MEMBERS;
      TradeQueries.Conduits conduits = q.conduits(eu, "RU", GoodsFilter.parse("chpl", catalog), 202203, 10);
      List<AggregateTradeJob.Conduit> sparkConduits = AggregateTradeJob.conduits(AggregateTradeJob.read(spark,
          csv.toString()), Set.copyOf(eu), "RU", chpl, TradeQueries.addMonths(202203, -10), 202203,
          TradeQueries.addMonths(202203, 9), "USD");
      assertThat(sparkConduits).extracting(AggregateTradeJob.Conduit::country)
          .containsExactlyElementsOf(conduits.conduits().stream().map(TradeQueries.Conduit::country).toList());
      for (int i = 0; i < sparkConduits.size(); i++) {
        assertThat(sparkConduits.get(i).score()).isEqualTo(conduits.conduits().get(i).score());
        assertThat(sparkConduits.get(i).fromBloc().after()).isEqualTo(conduits.conduits().get(i).fromBloc().after());
      }
      assertThat(sparkConduits).isNotEmpty();
    }
  }
}
