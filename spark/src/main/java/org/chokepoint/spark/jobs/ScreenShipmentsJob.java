package org.chokepoint.spark.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.chpl.Chpl;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Screener;
import org.chokepoint.spark.shipments.ShipmentRecord;
import org.chokepoint.spark.shipments.ShipmentScreening;

/**
 * {@code screen-shipments}: screens the shipper and consignee of every shipment record against the lists and flags
 * CHPL goods bound for Russia or Belarus, with {@link ShipmentScreening} — the embedded code — running in each
 * executor. The screening index is built once on the driver; on a cluster its folder is shipped to every node with
 * {@code addFile}, in local mode executors read it where it is. Output: Parquet, one row per shipment with the
 * matches, their scores, lists and explanations.
 */
public final class ScreenShipmentsJob {
  /** The columns of the input (CSV with a header, or Parquet with these names). */
  public static final StructType INPUT = new StructType()
      .add("id", DataTypes.StringType).add("date", DataTypes.StringType).add("shipper", DataTypes.StringType)
      .add("shipper_country", DataTypes.StringType).add("consignee", DataTypes.StringType)
      .add("consignee_country", DataTypes.StringType).add("origin", DataTypes.StringType)
      .add("destination", DataTypes.StringType).add("hs", DataTypes.StringType)
      .add("description", DataTypes.StringType).add("value", DataTypes.DoubleType);
  /** The columns of the output. */
  public static final StructType OUTPUT = new StructType()
      .add("id", DataTypes.StringType).add("date", DataTypes.StringType).add("shipper", DataTypes.StringType)
      .add("consignee", DataTypes.StringType).add("destination", DataTypes.StringType)
      .add("hs", DataTypes.StringType).add("value", DataTypes.DoubleType)
      .add("shipper_match", DataTypes.StringType).add("shipper_caption", DataTypes.StringType)
      .add("shipper_score", DataTypes.DoubleType).add("shipper_lists", DataTypes.StringType)
      .add("shipper_explanation", DataTypes.StringType)
      .add("consignee_match", DataTypes.StringType).add("consignee_caption", DataTypes.StringType)
      .add("consignee_score", DataTypes.DoubleType).add("consignee_lists", DataTypes.StringType)
      .add("consignee_explanation", DataTypes.StringType)
      .add("chpl_tier", DataTypes.StringType).add("flagged", DataTypes.BooleanType);

  private static final Map<String, ShipmentScreening> PER_JVM = new HashMap<>();

  private ScreenShipmentsJob() {}

  /** Runs the job; returns the number of flagged shipments. */
  public static long run(SparkSession spark, Path dataDir, String input, String output, double threshold)
      throws IOException {
    DataDirectory data = new DataDirectory(dataDir.toAbsolutePath());
    try (ScreeningIndex built = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, s -> { })) {
      built.meta();
    }
    HashMap<String, String> tiers = chplTiers(GoodsCatalog.load(data, SourceRegistry.builtIn()).chpl());
    boolean local = spark.sparkContext().isLocal();
    String location = local ? data.root().toString() : "";
    if (!local) {
      spark.sparkContext().addFile(data.indexes().toString(), true);
    }
    Broadcast<HashMap<String, String>> chpl = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(tiers);
    Dataset<Row> in = input.endsWith(".parquet") ? spark.read().parquet(input)
        : spark.read().option("header", true).schema(INPUT).csv(input);
    Dataset<Row> out = in.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
      ShipmentScreening screening = screening(location, chpl.value(), threshold);
      List<Row> result = new ArrayList<>();
      while (rows.hasNext()) {
        result.add(toRow(screening.screen(fromRow(rows.next()))));
      }
      return result.iterator();
    }, Encoders.row(OUTPUT));
    out.write().mode(SaveMode.Overwrite).parquet(output);
    return spark.read().parquet(output).filter("flagged").count();
  }

  /** CHPL tier per HS 2022 subheading. */
  public static HashMap<String, String> chplTiers(Chpl chpl) {
    HashMap<String, String> tiers = new HashMap<>();
    for (Chpl.Item item : chpl.items()) {
      tiers.merge(item.hs6(), item.tier(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    return tiers;
  }

  /** One screening engine per executor JVM, opened on first use. */
  private static synchronized ShipmentScreening screening(String location, Map<String, String> tiers,
      double threshold) {
    return PER_JVM.computeIfAbsent(location + "@" + threshold, k -> {
      try {
        Path root = location.isEmpty() ? Path.of(SparkFiles.getRootDirectory()) : Path.of(location);
        ScreeningIndex index = ScreeningIndex.openCurrent(new DataDirectory(root));
        if (index == null) {
          throw new IllegalStateException("no screening index under " + root);
        }
        return new ShipmentScreening(new Screener(index), tiers, threshold);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static ShipmentRecord fromRow(Row r) {
    return new ShipmentRecord(str(r, "id"), str(r, "date"), str(r, "shipper"), str(r, "shipper_country"),
        str(r, "consignee"), str(r, "consignee_country"), str(r, "origin"), str(r, "destination"), str(r, "hs"),
        str(r, "description"), r.isNullAt(r.fieldIndex("value")) ? 0 : r.getDouble(r.fieldIndex("value")));
  }

  private static String str(Row r, String field) {
    int i = r.fieldIndex(field);
    return r.isNullAt(i) ? "" : r.getString(i);
  }

  /** The output row of a screened shipment (also used by the embedded path to compare). */
  public static Row toRow(ShipmentScreening.Result x) {
    ShipmentRecord s = x.shipment();
    return RowFactory.create(s.id(), s.date(), s.shipper(), s.consignee(), s.destination(), s.hs(), s.value(),
        x.shipper().partyId(), x.shipper().caption(), x.shipper().score(), x.shipper().lists(),
        x.shipper().explanation(), x.consignee().partyId(), x.consignee().caption(), x.consignee().score(),
        x.consignee().lists(), x.consignee().explanation(), x.chplTier(), x.flagged());
  }
}
