package org.chokepoint.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.data.Updater;
import org.chokepoint.lists.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeCliTest {
  @TempDir
  static Path dir;
  static Path trade;

  @BeforeAll
  static void data() throws Exception {
    new Updater(new DataDirectory(dir), SourceRegistry.builtIn(), Updater.defaultClient()).fromMirror(Fixtures.shared());
    trade = Fixtures.shared().resolve("trade");
    CliTest.Run r = CliTest.run("trade", "import", "--data", dir.toString(),
        trade.resolve("imf_imts_russia_by_partner_annual_2016_2024.csv").toString(),
        trade.resolve("eurostat_comext_eu_member_exports_CHPL_cn8_to_RU_and_6_neighbours_monthly_2020_2022_eur.csv")
            .toString(),
        trade.resolve("armenia_trade_by_country_monthly_2017_2024.csv").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("imf, 470 rows read, 3,704 stored").contains("aggregate names")
        .doesNotContain("unknown country names");
  }

  @Test
  void importingAnUnknownLayoutFailsForThatFileOnlyAndLookupTablesAreUsed() throws Exception {
    Path bad = Files.writeString(dir.resolve("colours.csv"), "colour,size,weight\nred,1,2\n");
    CliTest.Run r = CliTest.run("trade", "import", "--data", dir.toString(), bad.toString(),
        trade.resolve("eurostat_comext_sanctioned_cn8_product_names.csv").toString(),
        trade.resolve("imf_imts_russia_by_partner_annual_2016_2024.csv").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("colours.csv line 1: no known trade layout");
    assertThat(r.out()).contains("replacing the earlier import").contains("lookup table of product labels: 2223");
    CliTest.Run flows = CliTest.run("trade", "flows", "--data", dir.toString(), "--reporter", "DE", "--partner", "RU",
        "--goods", "85408100");
    assertThat(flows.code()).as(flows.err()).isZero();
    assertThat(flows.out()).contains("85408100 Receiver or amplifier valves");
  }

  @Test
  void theReadmesImportCommandExitsZeroOnEverySharedFile() throws Exception {
    Path other = dir.resolve("all");
    new Updater(new DataDirectory(other), SourceRegistry.builtIn(), Updater.defaultClient())
        .fromMirror(Fixtures.shared());
    List<String> args = new ArrayList<>(List.of("trade", "import", "--data", other.toString()));
    try (var files = Files.list(trade)) {
      files.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(f -> args.add(f.toString()));
    }
    CliTest.Run r = CliTest.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("unknown country names").contains("ECB euro reference rates")
        .contains("12 file(s) imported, 0 failed");
    CliTest.Run backwards = CliTest.run("trade", "shares", "--data", other.toString(), "--target", "RU", "--from",
        "2024", "--to", "2023");
    assertThat(backwards.code()).isEqualTo(2);
    assertThat(backwards.err()).contains("'from' (2024) is later than 'to' (2023)");
    CliTest.Run usd = CliTest.run("trade", "mirror-gap", "--data", other.toString(), "--exporter", "DE", "--importer",
        "AM", "--currency", "USD");
    assertThat(usd.code()).as(usd.err()).isZero();
    assertThat(usd.out()).contains("[USD]").contains("converted EUR to USD at the ECB's monthly average");
  }

  @Test
  void sharesAndConduitsStateTheirCoverageAndDrawCharts() throws Exception {
    CliTest.Run shares = CliTest.run("trade", "shares", "--data", dir.toString(), "--target", "Russia", "--from",
        "2023", "--to", "2023", "--json");
    assertThat(shares.code()).as(shares.err()).isZero();
    JsonNode n = MatchJson.MAPPER.readTree(shares.out());
    assertThat(n.at("/shares/0/partner").asText()).isEqualTo("CN");
    assertThat(n.at("/shares/0/share").asDouble()).isBetween(0.40, 0.50);
    Path svg = dir.resolve("conduits.svg");
    CliTest.Run conduits = CliTest.run("trade", "conduits", "--data", dir.toString(), "--goods", "chpl", "--svg",
        svg.toString());
    assertThat(conduits.code()).as(conduits.err()).isZero();
    assertThat(conduits.out()).contains("KG").contains("AM's exports to RU").contains("missing 2022-12");
    assertThat(Files.readString(svg)).startsWith("<svg").contains("EUR").contains("sources:");
  }

  @Test
  void checksTheFigureClaimsOfExtractedReports() throws Exception {
    CliTest.Run extract = CliTest.run("reports", "extract", "--data", dir.toString(), "--json",
        Fixtures.shared().getParent().resolve("seeds").toString());
    Path claims = Files.writeString(dir.resolve("seeds.jsonl"), extract.out());
    CliTest.Run r = CliTest.run("trade", "check", "--data", dir.toString(), "--claims", claims.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("TRADE_VALUE $240 billion (CN → RU, all goods, 2023-01..2023-12)")
        .contains("consistent: RU's imports").contains("not covered").contains("would settle it");
  }
}
