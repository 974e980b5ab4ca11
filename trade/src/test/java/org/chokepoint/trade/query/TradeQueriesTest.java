package org.chokepoint.trade.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.trade.check.ClaimCheck;
import org.chokepoint.trade.check.FigureClaim;
import org.chokepoint.trade.load.TradeParser;
import org.chokepoint.trade.load.TradePeriods;
import org.chokepoint.trade.store.TradeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Currency conversion, anomaly flags, one frequency per fact and product labels, on the shared files. */
class TradeQueriesTest {
  static final Path TRADE = Fixtures.shared().resolve("trade");
  static final Path ECB = Fixtures.shared().resolve("reference").resolve("ecb_eurofxref_hist_2025-05-09.csv");

  @TempDir
  static Path dir;
  static TradeStore store;
  static TradeQueries queries;

  @BeforeAll
  static void importSome() throws Exception {
    store = TradeStore.open(dir.resolve("trade.duckdb"));
    for (String f : List.of("imf_imts_russia_by_partner_annual_2016_2024.csv",
        "armenia_trade_by_country_monthly_2017_2024.csv", "national_imports_by_partner_yearly_ARM_KAZ_KGZ_UZB_eur.csv",
        "eurostat_eu_member_exports_sanctioned_goods_total_to_RU_and_neighbours_monthly_2020_2022_eur.csv",
        "eurostat_comext_eu_member_exports_CHPL_cn8_to_RU_and_6_neighbours_monthly_2020_2022_eur.csv",
        "eurostat_comext_sanctioned_cn8_product_names.csv")) {
      store.importFile(TRADE.resolve(f), null, new TradeParser(null));
    }
    store.importFile(ECB, null, new TradeParser(null));
    queries = new TradeQueries(store.connection());
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  /** The ECB's average USD rate of a month, recomputed from the raw daily rows. */
  static double usdPerEuro(String month) throws Exception {
    double sum = 0;
    int n = 0;
    for (String line : Files.readAllLines(ECB)) {
      if (line.startsWith(month)) {
        sum += Double.parseDouble(line.split(",")[1]);
        n++;
      }
    }
    return sum / n;
  }

  @Test
  void convertsEuroRowsAtTheAverageRateOfTheirOwnMonthAndSaysSo() throws Exception {
    GoodsFilter sanctioned = new GoodsFilter("product EU-SANCTIONED", "product = 'EU-SANCTIONED'");
    double eur = queries.currency(null).total("DE", "RU", "X", sanctioned, 202103, 202103, "EUR");
    double usd = queries.currency("USD").total("DE", "RU", "X", sanctioned, 202103, 202103, "USD");
    assertThat(usd).isCloseTo(eur * usdPerEuro("2021-03"), within(0.01 * eur * 1e-6));
    Coverage c = queries.coverage("DE", "RU", "X", sanctioned, 202103, 202103);
    String rate = String.format(java.util.Locale.ROOT, "%.4f", usdPerEuro("2021-03"));
    assertThat(c.notes()).anyMatch(n -> n.startsWith("converted EUR to USD at the ECB's monthly average")
        && n.contains("2021-03") && n.contains(rate));
    queries.currency(null);
    assertThatThrownBy(() -> queries.currency("XYZ")).hasMessageContaining("no ECB reference rate for XYZ");
  }

  @Test
  void aUsdClaimIsCheckedAgainstEuroData() throws Exception {
    GoodsFilter sanctioned = new GoodsFilter("product EU-SANCTIONED", "product = 'EU-SANCTIONED'");
    double eur = queries.total("DE", "RU", "X", sanctioned, 202101, 202112, "EUR");
    double usd = queries.currency("USD").total("DE", "RU", "X", sanctioned, 202101, 202112, "USD");
    queries.currency(null);
    assertThat(usd / eur).isBetween(1.15, 1.22);
    ClaimCheck.Result r = new ClaimCheck(queries, null).check(new FigureClaim("DE", "AM", "", 202101, 202112,
        FigureClaim.Kind.VALUE, queries.currency("USD").total("AM", "DE", "M", GoodsFilter.TOTAL, 202101, 202112, "USD"),
        "USD", "exact"));
    queries.currency(null);
    assertThat(r.verdict()).isEqualTo(ClaimCheck.Verdict.CONSISTENT);
  }

  @Test
  void flagsUgandasJumpAndRussiasEstimatedFigures() throws Exception {
    TradeQueries.Shares s = queries.shares("RU", TradeQueries.Basis.REPORTED, GoodsFilter.TOTAL, 202301, 202312);
    assertThat(s.about("UG")).anyMatch(a -> a.kind() == Anomaly.Kind.JUMP && a.period().equals("2021..2023"));
    assertThat(s.about("UG")).anyMatch(a -> a.kind() == Anomaly.Kind.ESTIMATED);
    assertThat(s.about("CN")).noneMatch(a -> a.kind() == Anomaly.Kind.JUMP);
    TradeQueries.Shares before = queries.shares("RU", TradeQueries.Basis.REPORTED, GoodsFilter.TOTAL, 201901,
        201912);
    assertThat(before.anomalies()).noneMatch(a -> a.kind() == Anomaly.Kind.ESTIMATED);
  }

  @Test
  void annualAndMonthlyCopiesOfOneFlowAreCountedOnceInOneCurrency() throws Exception {
    double monthly = queries.total("AM", "DE", "M", GoodsFilter.TOTAL, 202101, 202112, "USD");
    double both = queries.currency("USD").total("AM", "DE", "M", GoodsFilter.TOTAL, 202101, 202112, "USD");
    Coverage c = queries.coverage("AM", "DE", "M", GoodsFilter.TOTAL, 202101, 202112);
    queries.currency(null);
    assertThat(both).isCloseTo(monthly, within(1.0));
    assertThat(c.notes()).anyMatch(n -> n.contains("the monthly copy is used"));
  }

  @Test
  void mirrorGapsBeyondTheThresholdAreFlagged() throws Exception {
    TradeQueries.MirrorGap g = queries.currency("USD").mirrorGap("DE", "AM", GoodsFilter.TOTAL, 201701, 202412);
    queries.currency(null);
    for (TradeQueries.Gap x : g.gaps()) {
      boolean beyond = x.comparable() && Math.abs(x.ratio() - 1) > Anomaly.MIRROR_THRESHOLD;
      assertThat(g.anomalies().stream().anyMatch(a -> a.period().equals(x.period()))).as(x.period())
          .isEqualTo(beyond);
    }
  }

  @Test
  void productsAreNamedByTheirLabel() throws Exception {
    String label = queries.named(GoodsFilter.parse("85408100", null));
    assertThat(label).startsWith("85408100").contains("Receiver or amplifier valves");
  }

  @Test
  void aRangeWhoseStartIsAfterItsEndIsRefused() {
    assertThatThrownBy(() -> TradePeriods.range("2024", "2023")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'from' (2024) is later than 'to' (2023)");
    assertThat(TradePeriods.range("2023-Q2", "2023")).containsExactly(202304, 202312);
    assertThat(TradePeriods.firstMonthAfter("2022-02-24")).isEqualTo(202203);
    assertThat(TradePeriods.firstMonthAfter("2022-12-24")).isEqualTo(202301);
    assertThat(TradePeriods.firstMonthAfter("2022-03-01")).isEqualTo(202203);
  }
}
