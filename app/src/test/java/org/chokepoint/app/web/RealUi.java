package org.chokepoint.app.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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
import org.chokepoint.trade.load.TradeCountries;
import org.chokepoint.trade.load.TradeParser;
import org.chokepoint.trade.query.TradeQueries;
import org.chokepoint.trade.store.TradeStore;

/**
 * One server over the real data for the web UI's tests, set up as {@code serve --mirror ../shared/data} does: the
 * lists, goods, the seed reports, two trade files with the routes they show, the evidence graph; started once on a
 * random port of 127.0.0.1 and shared by every test class of the JVM.
 */
final class RealUi {
  private static RealUi instance;

  final Javalin app;
  final GraphQueries graph;
  final ReportStore reports;
  final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private RealUi(Javalin app, GraphQueries graph, ReportStore reports) {
    this.app = app;
    this.graph = graph;
    this.reports = reports;
  }

  static synchronized RealUi get() throws Exception {
    if (instance == null) {
      instance = start(Path.of("target/webui-real").toAbsolutePath());
    }
    return instance;
  }

  private static RealUi start(Path dir) throws Exception {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
    Files.createDirectories(dir);
    DataDirectory data = Fixtures.realData(dir.resolve("data"));
    GoodsCatalog goods = GoodsCatalog.load(data, SourceRegistry.builtIn());
    ScreeningIndex index = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, s -> { });
    Screener screener = new Screener(index);
    ReportPipeline pipeline = new ReportPipeline(goods, new ScreeningLinker(screener));
    ReportStore reports = new ReportStore(dir.resolve("reports"), pipeline);
    Path seeds = Fixtures.shared().getParent().resolve("seeds");
    for (Path f : ReportPipeline.expand(List.of(seeds))) {
      reports.add(f.getFileName().toString(), Files.readAllBytes(f));
    }
    TradeStore trade = TradeStore.open(dir.resolve("trade.duckdb"));
    for (String f : List.of("imf_imts_russia_by_partner_annual_2016_2024.csv",
        "eurostat_comext_eu_member_exports_CHPL_cn8_to_RU_and_6_neighbours_monthly_2020_2022_eur.csv")) {
      trade.importFile(Fixtures.shared().resolve("trade").resolve(f), null, new TradeParser(goods.correlation()));
    }
    TradeQueries tq = new TradeQueries(trade.connection());
    GraphBuilder builder = new GraphBuilder(goods).addParties(index.parties()).addReports(reports.run())
        .addConduits(tq, TradeCountries.EU27_MEMBERS, "EU", "RU", List.of("chpl", "machine-tools"), 202203, 10);
    GraphQueries graph = new GraphQueries(builder.graph());
    Services services = Services.builder().screening(screener).goods(Workspace.goods(goods, Rules.standard(),
        screener)).reports(reports).trade(tq).graph(graph).build();
    Javalin app = ApiServer.create(services, WriteAccess.disabled(), ApiServer.Pages.API_AND_WEB_UI)
        .start("127.0.0.1", 0);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
        index.close();
        trade.close();
      } catch (Exception e) {
        // the JVM is ending; nothing to keep
      }
    }));
    return new RealUi(app, graph, reports);
  }

  String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }

  String page(String path) throws Exception {
    HttpResponse<String> r = get(path);
    if (r.statusCode() != 200) {
      throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }
}
