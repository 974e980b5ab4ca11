package org.chokepoint.spark;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.trade.synthetic.SyntheticTrade;

/** Helpers shared by the jobs' entry point, tests and benchmark. */
public final class SparkJobs {
  private SparkJobs() {}

  /** A session; for local masters the driver binds to 127.0.0.1 and the UI is off. */
  public static SparkSession session(String master, String name) {
    SparkSession.Builder b = SparkSession.builder().appName(name);
    if (master != null && !master.isBlank()) {
      b.master(master);
    }
    if (master != null && master.startsWith("local")) {
      b.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
          .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4");
    }
    return b.getOrCreate();
  }

  /** Synthetic trade rows (see {@link SyntheticTrade}). */
  public static void generateTrade(Path csv, long rows, GoodsCatalog catalog, long seed) throws IOException {
    SyntheticTrade.write(csv, rows, SyntheticTrade.codes(catalog), seed);
  }
}
