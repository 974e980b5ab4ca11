package org.chokepoint.trade.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.trade.load.TradeParser;
import org.chokepoint.trade.query.GoodsFilter;
import org.chokepoint.trade.query.TradeQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots of the trade store: readers beside an import, an atomic switch, and a killed import. */
class TradeSnapshotsTest {
  static final Path TRADE = Fixtures.shared().resolve("trade");
  static final Path IMF = TRADE.resolve("imf_imts_russia_by_partner_annual_2016_2024.csv");
  static final Path ARMENIA = TRADE.resolve("armenia_trade_by_country_monthly_2017_2024.csv");
  static final Path BIG = TRADE.resolve(
      "eurostat_comext_eu_total_exports_sanctioned_cn8_to_RU_and_6_neighbours_monthly_2020_2022_eur.csv");

  @TempDir
  Path dir;

  @Test
  void readersSeeTheNewSnapshotAfterAnImportWithoutReopeningAndNeverAFailedQuestion() throws Exception {
    TradeSnapshots snapshots = new TradeSnapshots(dir);
    snapshots.importFiles(List.of(IMF), null, () -> new TradeParser(null));
    Path first = snapshots.live();
    TradeQueries queries = new TradeQueries(snapshots.liveConnections());
    double armeniaBefore = queries.total("AM", "RU", "X", GoodsFilter.TOTAL, 202201, 202212, "USD");
    assertThat(armeniaBefore).isNaN();
    AtomicInteger answered = new AtomicInteger();
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      try (TradeStore own = TradeStore.openReadOnly(first)) {
        TradeQueries pinned = new TradeQueries(own.connection());
        while (!Thread.currentThread().isInterrupted()) {
          assertThat(pinned.total("RU", "CN", "M", GoodsFilter.TOTAL, 202301, 202312, "USD")).isGreaterThan(1e11);
          answered.incrementAndGet();
        }
      } catch (Throwable t) {
        failed.compareAndSet(null, t);
      }
    });
    reader.start();
    TradeSnapshots.Result r = snapshots.importFiles(List.of(ARMENIA), null, () -> new TradeParser(null));
    reader.interrupt();
    reader.join();
    assertThat(failed.get()).isNull();
    assertThat(answered.get()).isPositive();
    assertThat(r.live()).isNotEqualTo(first);
    assertThat(Files.readString(dir.resolve("CURRENT")).strip()).isEqualTo(r.live().getFileName().toString());
    double armeniaAfter = queries.total("AM", "RU", "X", GoodsFilter.TOTAL, 202201, 202212, "USD");
    assertThat(armeniaAfter).isGreaterThan(1e9);
    try (TradeStore live = snapshots.openLive()) {
      assertThat(live.manifest()).extracting(TradeStore.Imported::file)
          .containsExactly(IMF.getFileName().toString(), ARMENIA.getFileName().toString());
      assertThat(live.manifest().getFirst().sha256()).isEqualTo(TradeStore.sha256(IMF));
    }
  }

  @Test
  void aKilledImportLeavesTheLastGoodSnapshotAndTheNextSyncFinishesIt() throws Exception {
    TradeSnapshots snapshots = new TradeSnapshots(dir);
    snapshots.importFiles(List.of(IMF), null, () -> new TradeParser(null));
    Path good = snapshots.live();
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        ImportProcess.class.getName(), dir.toString(), BIG.toString(), ARMENIA.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!building() && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(building()).as("the child started building a snapshot").isTrue();
    Thread.sleep(500);
    p.destroyForcibly().waitFor();
    assertThat(snapshots.live()).isEqualTo(good);
    try (TradeStore live = snapshots.openLive()) {
      assertThat(live.manifest()).extracting(TradeStore.Imported::file).containsExactly(IMF.getFileName().toString());
      try (Statement s = live.connection().createStatement();
           ResultSet rs = s.executeQuery("SELECT count(*) FROM trade")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(3704);
      }
    }
    TradeSnapshots.Result r = snapshots.sync(List.of(IMF, ARMENIA), () -> new TradeParser(null));
    assertThat(r.reports()).extracting(x -> x.file()).containsExactly(ARMENIA.getFileName().toString());
    assertThat(building()).isFalse();
    assertThat(snapshots.sync(List.of(IMF, ARMENIA), () -> new TradeParser(null)).reports()).isEmpty();
  }

  private boolean building() throws Exception {
    try (var list = Files.list(dir)) {
      return list.anyMatch(f -> f.getFileName().toString().contains(".building"));
    }
  }
}
