package org.chokepoint.spark.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code aggregate-trade}: the trade store's supplier shares and before/after changes over trade rows in
 * Chokepoint's own layout (reporter, partner, flow, product, period, value, currency), with the embedded path's
 * rules: one currency, a fact reported by several files counted once (from the file first by name), rows of one file
 * adding up, goods by HS 2022 subheading.
 */
public final class AggregateTradeJob {
  /** The columns of the input. */
  public static final StructType INPUT = new StructType().add("reporter", DataTypes.StringType)
      .add("partner", DataTypes.StringType).add("flow", DataTypes.StringType).add("product", DataTypes.StringType)
      .add("period", DataTypes.StringType).add("value", DataTypes.DoubleType).add("currency", DataTypes.StringType);

  /** One partner's value and share. */
  public record Share(String partner, double value, double share) {}

  /** One counterpart before and after. */
  public record Change(String code, double before, double after) {}

  /** A third country between the bloc and the target, scored as the embedded {@code conduits} scores it. */
  public record Conduit(String country, Change fromBloc, Change toTarget, double score) {}

  private AggregateTradeJob() {}

  /** Reads trade rows (CSV with a header, or Parquet) and adds the source file name and the month. */
  public static Dataset<Row> read(SparkSession spark, String input) {
    Dataset<Row> in = input.endsWith(".parquet") ? spark.read().parquet(input)
        : spark.read().option("header", true).schema(INPUT).csv(input);
    String source = input.substring(input.lastIndexOf('/') + 1);
    return in.withColumn("source", org.apache.spark.sql.functions.lit(source))
        .withColumn("month", substring(col("period"), 1, 4).cast("int").multiply(100)
            .plus(substring(col("period"), 6, 2).cast("int")));
  }

  /** Facts with one value each: rows of one file summed, then the first file by name per fact. */
  static Dataset<Row> facts(Dataset<Row> rows) {
    Dataset<Row> perSource = rows.groupBy("reporter", "partner", "flow", "product", "month", "currency", "source")
        .agg(sum("value").as("value"));
    return perSource.groupBy("reporter", "partner", "flow", "product", "month", "currency")
        .agg(min_by(col("value"), col("source")).as("value"), min("source").as("source"));
  }

  /** Who supplies {@code target}: from its imports, or ({@code mirror}) partners' exports to it. */
  public static List<Share> shares(Dataset<Row> rows, String target, boolean mirror, Set<String> hs6, int from,
      int to, String currency) {
    String by = mirror ? "reporter" : "partner";
    Column filter = (mirror ? col("partner").equalTo(target).and(col("flow").equalTo("X"))
        : col("reporter").equalTo(target).and(col("flow").equalTo("M")))
        .and(col("month").between(from, to)).and(col("currency").equalTo(currency))
        .and(substring(col("product"), 1, 6).isin(hs6.toArray()))
        .and(org.apache.spark.sql.functions.length(col(by)).equalTo(2));
    List<Row> grouped = facts(rows.filter(filter)).groupBy(by).agg(sum("value").as("value"))
        .orderBy(col("value").desc(), col(by)).collectAsList();
    double total = 0;
    for (Row r : grouped) {
      total += r.getDouble(1);
    }
    List<Share> out = new ArrayList<>();
    for (Row r : grouped) {
      out.add(new Share(r.getString(0), r.getDouble(1), total == 0 ? 0 : r.getDouble(1) / total));
    }
    return out;
  }

  /** Exports to {@code partner} by reporter, {@code window} months before and from {@code split} (yyyymm). */
  public static List<Change> change(Dataset<Row> rows, String partner, Set<String> hs6, int before, int split,
      int after, String currency) {
    Column filter = col("partner").equalTo(partner).and(col("flow").equalTo("X"))
        .and(col("month").between(before, after)).and(col("currency").equalTo(currency))
        .and(substring(col("product"), 1, 6).isin(hs6.toArray()))
        .and(org.apache.spark.sql.functions.length(col("reporter")).equalTo(2));
    List<Row> grouped = facts(rows.filter(filter)).groupBy("reporter").agg(
        sum(when(col("month").lt(split), col("value")).otherwise(0)).as("before"),
        sum(when(col("month").geq(split), col("value")).otherwise(0)).as("after")).collectAsList();
    List<Change> out = new ArrayList<>();
    for (Row r : grouped) {
      out.add(new Change(r.getString(0), r.getDouble(1), r.getDouble(2)));
    }
    out.sort((a, b) -> Double.compare(Math.abs(b.after() - b.before()), Math.abs(a.after() - a.before())));
    return out;
  }

  /**
   * Transshipment indicators: third countries whose imports from the {@code bloc} rose after {@code split} while the
   * bloc's exports to {@code target} fell, with their own exports to the target (or the target's imports from them)
   * in the same goods; scored and ranked as the embedded path does. (The embedded path also falls back to all-goods
   * totals and annual figures for the onward leg; shipment-level data has neither.)
   */
  public static List<Conduit> conduits(Dataset<Row> rows, Set<String> bloc, String target, Set<String> hs6,
      int before, int split, int after, String currency) {
    Column goods = substring(col("product"), 1, 6).isin(hs6.toArray()).and(col("currency").equalTo(currency))
        .and(col("month").between(before, after));
    Dataset<Row> exports = facts(rows.filter(goods.and(col("flow").equalTo("X"))
        .and(col("reporter").isin(bloc.toArray()))));
    Column beforeSum = sum(when(col("month").lt(split), col("value")).otherwise(0)).as("before");
    Column afterSum = sum(when(col("month").geq(split), col("value")).otherwise(0)).as("after");
    List<Row> direct = exports.filter(col("partner").equalTo(target)).agg(beforeSum, afterSum).collectAsList();
    double directBefore = direct.isEmpty() || direct.getFirst().isNullAt(0) ? 0 : direct.getFirst().getDouble(0);
    double directAfter = direct.isEmpty() || direct.getFirst().isNullAt(1) ? 0 : direct.getFirst().getDouble(1);
    boolean fell = directAfter - directBefore < 0;
    List<Row> third = exports.filter(col("partner").notEqual(target).and(col("partner").isin(bloc.toArray()).unary_$bang())
        .and(org.apache.spark.sql.functions.length(col("partner")).equalTo(2))).groupBy("partner")
        .agg(sum(when(col("month").lt(split), col("value")).otherwise(0)).as("before"),
            sum(when(col("month").geq(split), col("value")).otherwise(0)).as("after")).collectAsList();
    Dataset<Row> onwardRows = facts(rows.filter(goods.and(col("flow").equalTo("X").and(col("partner").equalTo(target))
        .or(col("flow").equalTo("M").and(col("reporter").equalTo(target))))));
    java.util.Map<String, double[]> exportsToTarget = new java.util.HashMap<>();
    java.util.Map<String, double[]> targetImports = new java.util.HashMap<>();
    for (Row r : onwardRows.groupBy("reporter", "partner", "flow").agg(
        sum(when(col("month").lt(split), col("value")).otherwise(0)).as("before"),
        sum(when(col("month").geq(split), col("value")).otherwise(0)).as("after")).collectAsList()) {
      double[] v = {r.getDouble(3), r.getDouble(4)};
      if (r.getString(2).equals("X") && r.getString(1).equals(target)) {
        exportsToTarget.put(r.getString(0), v);
      } else if (r.getString(2).equals("M") && r.getString(0).equals(target)) {
        targetImports.put(r.getString(1), v);
      }
    }
    List<Conduit> out = new ArrayList<>();
    for (Row r : third) {
      Change c = new Change(r.getString(0), r.getDouble(1), r.getDouble(2));
      if (!(c.after() > c.before()) || c.before() <= 0) {
        continue;
      }
      double[] v = exportsToTarget.get(c.code());
      if (v == null || !(v[0] > 0 || v[1] > 0)) {
        v = targetImports.get(c.code());
      }
      Change onward = v != null && (v[0] > 0 || v[1] > 0) ? new Change(c.code(), v[0], v[1]) : null;
      double relative = (c.after() - c.before()) / c.before();
      double score = relative * (fell ? 1 : 0.5)
          * (onward == null ? 0.75 : onward.after() > onward.before() ? 1 : 0.25);
      out.add(new Conduit(c.code(), c, onward, score));
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out;
  }
}
