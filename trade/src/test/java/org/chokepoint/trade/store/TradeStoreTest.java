package org.chokepoint.trade.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.data.Updater;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.trade.check.ClaimCheck;
import org.chokepoint.trade.check.FigureClaim;
import org.chokepoint.trade.load.Format;
import org.chokepoint.trade.load.ImportReport;
import org.chokepoint.trade.load.TradeParser;
import org.chokepoint.trade.query.GoodsFilter;
import org.chokepoint.trade.query.TradeQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real trade files in ../shared/data/trade, imported into a real DuckDB file. */
class TradeStoreTest {
  @TempDir
  static Path dir;
  static GoodsCatalog catalog;
  static TradeStore store;
  static TradeQueries queries;
  static Path trade;

  @BeforeAll
  static void importAll() throws Exception {
    DataDirectory data = new DataDirectory(dir.resolve("data"));
    new Updater(data, SourceRegistry.builtIn(), Updater.defaultClient()).fromMirror(Fixtures.shared());
    catalog = GoodsCatalog.load(data, SourceRegistry.builtIn());
    store = TradeStore.open(dir.resolve("trade.duckdb"));
    trade = Fixtures.shared().resolve("trade");
    try (var files = Files.list(trade)) {
      for (Path f : files.filter(f -> !f.getFileName().toString().contains("product_names")).sorted().toList()) {
        store.importFile(f, null, parser());
      }
    }
    queries = new TradeQueries(store.connection());
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  static TradeParser parser() {
    return new TradeParser(catalog.correlation());
  }

  @Test
  void recomputesImfTotalsFromTheRawRows() throws Exception {
    List<String> lines = Files.readAllLines(trade.resolve("imf_imts_russia_by_partner_annual_2016_2024.csv"));
    String row = lines.stream().filter(l -> l.contains("\"RUS.MG_CIF_USD.CHN.A\"")).findFirst().orElseThrow();
    String[] cells = row.split("\",\"");
    double raw2023 = Double.parseDouble(cells[cells.length - 2].replace("\"", "")) * 1e6;
    TradeQueries.Shares shares = queries.shares("RU", TradeQueries.Basis.REPORTED, GoodsFilter.TOTAL, 202301,
        202312);
    assertThat(shares.shares().getFirst().partner()).isEqualTo("CN");
    assertThat(shares.shares().getFirst().value()).isCloseTo(raw2023, within(1.0));
    assertThat(shares.currency()).isEqualTo("USD");
    assertThat(shares.coverage().sources()).containsExactly("imf_imts_russia_by_partner_annual_2016_2024.csv");
  }

  @Test
  void recomputesEurostatSanctionedTotalsFromTheRawRows() throws Exception {
    double raw = 0;
    for (String l : Files.readAllLines(trade.resolve(
        "eurostat_eu_member_exports_sanctioned_goods_total_to_RU_and_neighbours_monthly_2020_2022_eur.csv"))) {
      String[] c = l.split(",");
      if (c[0].startsWith("Russia") && c[1].startsWith("Germany") && c[2].startsWith("2021")) {
        raw += Double.parseDouble(c[3]);
      }
    }
    double stored = queries.total("DE", "RU", "X", GoodsFilter.parse("product:EU-SANCTIONED", catalog), 202101,
        202112, "EUR");
    assertThat(stored).isCloseTo(raw, within(0.5));
  }

  @Test
  void comtradeKeepsTotalRowsAndSumsBreakdownsWhenTheTotalIsMissing() throws Exception {
    Path sample = trade.resolve("comtradeplus_api_sample_CHN_imports_from_USA_8542_2010_2024.csv");
    double with = queries.total("CN", "US", "M", GoodsFilter.parse("8542", catalog), 201501, 201512, "USD");
    assertThat(with).isCloseTo(11369627279.0, within(1.0));
    List<String> lines = Files.readAllLines(sample);
    String header = lines.getFirst();
    Path noTotal = dir.resolve("comtrade_2015_no_total.csv");
    Files.write(noTotal, java.util.stream.Stream.concat(java.util.stream.Stream.of(header), lines.stream().skip(1)
        .filter(l -> l.contains(",2015,") && !l.matches("^([^,]*,){14}0,.*"))).toList());
    try (TradeStore other = TradeStore.open(dir.resolve("other.duckdb"))) {
      ImportReport r = other.importFile(noTotal, null, parser());
      assertThat(r.notes()).anyMatch(n -> n.contains("breakdown rows were summed"));
      double summed = new TradeQueries(other.connection()).total("CN", "US", "M", GoodsFilter.parse("8542", catalog),
          201501, 201512, "USD");
      assertThat(summed).isCloseTo(with, within(1.0));
    }
  }

  @Test
  void reimportingAFileReplacesItAndAFailedImportLeavesTheStoreAsItWas() throws Exception {
    long before = count();
    Path imf = trade.resolve("imf_imts_russia_by_partner_annual_2016_2024.csv");
    ImportReport again = store.importFile(imf, null, parser());
    assertThat(again.replaced()).isTrue();
    assertThat(count()).isEqualTo(before);
    Path half = dir.resolve("half.csv");
    String text = Files.readString(imf);
    Files.writeString(half, text.substring(0, text.length() / 2 + 37));
    assertThatThrownBy(() -> store.importFile(half, null, parser())).hasMessageContaining("half.csv")
        .hasMessageContaining("half a download");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aFullDiskRefusesAnImportBeforeDuckDbWritesAndTheStoreStaysAsItWas() throws Exception {
    Path imf = trade.resolve("imf_imts_russia_by_partner_annual_2016_2024.csv");
    org.chokepoint.core.io.DiskSpace full = new org.chokepoint.core.io.DiskSpace(d -> 1024 * 1024);
    Path fresh = dir.resolve("never-created.duckdb");
    assertThatThrownBy(() -> TradeStore.open(fresh, full)).hasMessageContaining("no space left on device")
        .hasMessageContaining("trade store creation");
    assertThat(fresh).doesNotExist();
    Path file = dir.resolve("full-disk.duckdb");
    long rows;
    try (TradeStore s = TradeStore.open(file)) {
      s.importFile(imf, null, parser());
      rows = rows(s);
    }
    try (TradeStore s = TradeStore.open(file, new org.chokepoint.core.io.DiskSpace(
        d -> Files.size(imf) + org.chokepoint.core.io.DiskSpace.MARGIN_BYTES))) {
      assertThatThrownBy(() -> s.importFile(imf, null, parser()))
          .isInstanceOf(org.chokepoint.core.io.DiskSpace.NoSpaceException.class)
          .hasMessageContaining("need ~").hasMessageContaining("trade import of " + imf.getFileName());
      assertThat(rows(s)).isEqualTo(rows);
    }
  }

  @Test
  void aSnapshotImportOnAFullDiskIsNotStartedAndTheLiveSnapshotStays() throws Exception {
    Path imf = trade.resolve("imf_imts_russia_by_partner_annual_2016_2024.csv");
    Path folder = dir.resolve("snapshots");
    org.chokepoint.trade.store.TradeSnapshots roomy = new org.chokepoint.trade.store.TradeSnapshots(folder);
    Path live = roomy.importFiles(List.of(imf), null, TradeStoreTest::parser).live();
    org.chokepoint.core.io.DiskSpace full = new org.chokepoint.core.io.DiskSpace(d -> 1024 * 1024);
    org.chokepoint.trade.store.TradeSnapshots cramped = new org.chokepoint.trade.store.TradeSnapshots(folder,
        (target, estimate) -> full.require(target.toAbsolutePath().getParent(), estimate, "trade import"));
    Path other = trade.resolve("eurostat_comext_eu_member_exports_CHPL_cn8_to_RU_and_6_neighbours_monthly_2020_2022_eur.csv");

    assertThatThrownBy(() -> cramped.importFiles(List.of(other), null, TradeStoreTest::parser))
        .isInstanceOf(org.chokepoint.core.io.DiskSpace.NoSpaceException.class)
        .hasMessageContaining("no space left on device").hasMessageContaining(folder.toString());

    assertThat(cramped.live()).isEqualTo(live);
    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains(".building"));
    }
  }

  private static long rows(TradeStore s) throws Exception {
    try (var st = s.connection().createStatement(); var rs = st.executeQuery("SELECT count(*) FROM trade")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void badRowsAreSkippedWithReasonsAndLinesAndUnknownCountriesListed() throws Exception {
    Path f = dir.resolve("semicolons.csv");
    Files.writeString(f, """
        period;value;currency;reporter;flow;partner;product
        2023-01;1.234,5;EUR;Germany;X;Kyrgyzstan;854231
        2023-02;-5;EUR;Germany;X;Kyrgyzstan;854231
        2023-03;;EUR;Germany;X;Kyrgyzstan;854231
        spring 2023;10;EUR;Germany;X;Kyrgyzstan;854231
        2023-04;20;EUR;Germany;X;Narnia;854231
        2023-05;30
        """, StandardCharsets.UTF_8);
    ImportReport r = store.importFile(f, null, parser());
    assertThat(r.format()).isEqualTo(Format.CSV);
    assertThat(r.rowsStored()).isEqualTo(2);
    assertThat(r.skipped()).containsEntry("negative value", 1L).containsEntry("value missing", 1L)
        .containsEntry("period in an unknown format", 1L);
    assertThat(r.skippedLines().get("negative value")).containsExactly(3L);
    assertThat(r.skipped().keySet()).anyMatch(k -> k.startsWith("short row"));
    assertThat(r.unknownCountries()).containsEntry("Narnia", 1L);
    assertThat(queries.total("DE", "KG", "X", GoodsFilter.parse("854231", catalog), 202301, 202301, "EUR"))
        .isEqualTo(1234.5);
    Path noLayout = dir.resolve("no_layout.csv");
    Files.writeString(noLayout, "colour,size,weight\nred,1,2\n");
    assertThatThrownBy(() -> store.importFile(noLayout, null, parser())).hasMessageContaining("no_layout.csv line 1")
        .hasMessageContaining("no known trade layout");
  }

  @Test
  void findsTheCentralAsianConduitsForChplGoods() throws Exception {
    TradeQueries.Conduits c = queries.conduits(org.chokepoint.trade.load.TradeCountries.EU27_MEMBERS, "RU",
        GoodsFilter.parse("chpl", catalog), 202203, 10);
    assertThat(c.blocToTarget().relative()).isLessThan(-0.9);
    assertThat(c.conduits()).extracting(TradeQueries.Conduit::country).startsWith("KG", "AM");
    assertThat(c.conduits().get(1).toTarget().after()).isGreaterThan(c.conduits().get(1).toTarget().before());
    assertThat(c.coverage().missing()).contains("2022-12");
  }

  @Test
  void checksTheSeedFigures() throws Exception {
    ClaimCheck check = new ClaimCheck(queries, catalog);
    ClaimCheck.Result trade2023 = check.check(new FigureClaim("CN", "RU", "", 202301, 202312,
        FigureClaim.Kind.TRADE, 240e9, "USD", "exact"));
    assertThat(trade2023.verdict()).isEqualTo(ClaimCheck.Verdict.CONSISTENT);
    assertThat(trade2023.estimate()).isBetween(220e9, 245e9);
    ClaimCheck.Result tools = check.check(new FigureClaim("CN", "RU", "machine-tools", 202310, 202312,
        FigureClaim.Kind.SHARE, 70, "USD", "over"));
    assertThat(tools.verdict()).isEqualTo(ClaimCheck.Verdict.NOT_COVERED);
    assertThat(tools.wouldSettle()).contains("RU's imports of Machine tools");
    ClaimCheck.Result wrong = check.check(new FigureClaim("CN", "RU", "", 202301, 202312,
        FigureClaim.Kind.TRADE, 400e9, "USD", "exact"));
    assertThat(wrong.verdict()).isEqualTo(ClaimCheck.Verdict.INCONSISTENT);
  }

  @Test
  void mirrorGapsCompareOnlyWholeYearsInOneCurrency() throws Exception {
    TradeQueries.MirrorGap g = queries.mirrorGap("DE", "AM", GoodsFilter.TOTAL, 201901, 202412);
    assertThat(g.currency()).isEqualTo("EUR");
    assertThat(g.gaps()).filteredOn(x -> x.period().equals("2021")).singleElement()
        .satisfies(x -> assertThat(x.comparable()).isTrue());
    assertThat(g.gaps()).filteredOn(x -> x.period().equals("2024")).singleElement()
        .satisfies(x -> assertThat(x.comparable()).isFalse());
  }

  private static long count() throws Exception {
    try (Statement s = store.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM trade")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
