package org.chokepoint.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.app.http.ApiServer;
import org.chokepoint.app.http.WriteAccess;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.app.workspace.Workspace;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.controls.Rules;
import org.chokepoint.graph.assemble.GraphBuilder;
import org.chokepoint.graph.query.GraphQueries;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Screener;
import org.chokepoint.reports.ReportPipeline;
import org.chokepoint.reports.ReportStore;
import org.chokepoint.reports.extract.ScreeningLinker;
import org.chokepoint.trade.load.TradeParser;
import org.chokepoint.trade.query.TradeQueries;
import org.chokepoint.trade.store.TradeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in a real headless Chromium (Debian's chromium, which .ci/run installs) against a real server on
 * 127.0.0.1 over the real data: pages as the browser renders them, and a screenshot of each in
 * target/screenshots. Skipped, saying so, where no Chromium is installed.
 */
class WebUiBrowserTest {
  @TempDir
  static Path dir;
  static ScreeningIndex index;
  static TradeStore trade;
  static Javalin app;
  static Path shots = Path.of("target/screenshots");

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "no /usr/bin/chromium: browser tests skipped");
    DataDirectory data = Fixtures.realData(dir.resolve("data"));
    GoodsCatalog goods = GoodsCatalog.load(data, SourceRegistry.builtIn());
    index = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, s -> { });
    Screener screener = new Screener(index);
    ReportPipeline pipeline = new ReportPipeline(goods, new ScreeningLinker(screener));
    ReportStore reports = new ReportStore(dir.resolve("reports"), pipeline);
    Path seeds = Fixtures.shared().getParent().resolve("seeds");
    for (Path f : ReportPipeline.expand(List.of(seeds))) {
      reports.add(f.getFileName().toString(), Files.readAllBytes(f));
    }
    trade = TradeStore.open(dir.resolve("trade.duckdb"));
    for (String f : List.of("imf_imts_russia_by_partner_annual_2016_2024.csv",
        "eurostat_comext_eu_member_exports_CHPL_cn8_to_RU_and_6_neighbours_monthly_2020_2022_eur.csv")) {
      trade.importFile(Fixtures.shared().resolve("trade").resolve(f), null, new TradeParser(goods.correlation()));
    }
    TradeQueries tq = new TradeQueries(trade.connection());
    GraphBuilder builder = new GraphBuilder(goods).addParties(index.parties()).addReports(reports.run());
    GraphQueries graph = new GraphQueries(builder.graph());
    Services services = Services.builder().screening(screener)
        .goods(Workspace.goods(goods, Rules.standard(), screener)).reports(reports).trade(tq).graph(graph).build();
    app = ApiServer.create(services, WriteAccess.disabled(), ApiServer.Pages.API_AND_WEB_UI)
        .start("127.0.0.1", 0);
    Files.createDirectories(shots);
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.stop();
      index.close();
      trade.close();
    }
  }

  /** The DOM Chromium renders for a page, with a screenshot saved as {@code name}.png. */
  static String browse(String path, String name) throws Exception {
    String url = "http://127.0.0.1:" + app.port() + path;
    run(List.of("--screenshot=" + shots.resolve(name + ".png").toAbsolutePath(), "--window-size=1280,1600",
        "--virtual-time-budget=10000", url));
    return run(List.of("--virtual-time-budget=10000", "--dump-dom", url));
  }

  private static String run(List<String> args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>(List.of("/usr/bin/chromium", "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("chromium-profile")));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return out;
  }

  @Test
  void searchOpensThePartyPageWithListingsAndTheSeedClaims() throws Exception {
    String results = browse("/ui/search?q=" + URLEncoder.encode("Wuhan Global Sensor", StandardCharsets.UTF_8),
        "search");
    Matcher link = Pattern.compile("href=\"(/ui/node/[^\"]+)\">WUHAN GLOBAL SENSOR").matcher(results);
    assertThat(link.find()).as(results).isTrue();
    String party = browse(link.group(1).replace("&amp;", "&"), "party");
    assertThat(party).contains("OFAC SDN (RUSSIA-EO14024)").contains("EU 269/2014").contains("Listings")
        .contains("supplies optical components to Russia").contains("004_e118af1af0837c4e.txt")
        .contains("Optical components for Russian tanks");
    assertThat(Files.size(shots.resolve("party.png"))).isGreaterThan(10_000);
  }

  @Test
  void screensAPastedListAndShowsTheNetwork() throws Exception {
    String screen = browse("/ui/screen?names=" + URLEncoder.encode("Wuhan Global Sensor Tech Co Ltd\nAcme Bakery",
        StandardCharsets.UTF_8), "screening");
    assertThat(screen).contains("WUHAN GLOBAL SENSOR TECHNOLOGY CO., LTD.").contains("no match");
    String network = browse("/ui/network?goods=machine", "network");
    assertThat(network).as("cytoscape.js drew the graph").contains("data-ready=\"").contains("<canvas");
    assertThat(network).contains(">China<").contains(">Machine tools<").contains(">Russia<");
    var http = java.net.http.HttpClient.newHttpClient();
    String all = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + app.port()
        + "/ui/network.json")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    String dated = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
        + app.port() + "/ui/network.json?from=2024-04-01&to=2024-04-30")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    assertThat(dated).contains("\"China\"").hasSizeLessThan(all.length());
    String story = browse("/ui/story/story-1", "story");
    assertThat(story).contains("figures differ").contains("independent");
    String goods = browse("/ui/goods/chpl", "goods");
    assertThat(goods).contains("<svg").contains("Exports to Russia");
  }
}
