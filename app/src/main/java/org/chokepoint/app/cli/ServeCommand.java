package org.chokepoint.app.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chokepoint.app.http.HttpApi;
import org.chokepoint.app.http.TradeApi;
import org.chokepoint.app.web.WebUi;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.data.Updater;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.classify.GoodsClassifier;
import org.chokepoint.goods.controls.ControlsEngine;
import org.chokepoint.goods.controls.Rules;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.query.GraphQueries;
import org.chokepoint.graph.store.GraphStore;
import org.chokepoint.lists.load.ListValidator;
import org.chokepoint.lists.screen.Screener;
import org.chokepoint.reports.ReportPipeline;
import org.chokepoint.reports.ReportStore;
import org.chokepoint.reports.extract.ScreeningLinker;
import org.chokepoint.trade.load.TradeParser;
import org.chokepoint.trade.query.TradeQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Serves the web UI and the HTTP API until stopped. With {@code --mirror}, a fresh data directory is filled first:
 * lists and goods from the mirror, its trade files imported, the reports beside it ingested, the evidence graph
 * built. A restart with the data directory in place only opens what is there.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web UI (/) and the HTTP API (/openapi.json describes it).")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Option(names = "--host", description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--port", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--token", description = "Token required by write endpoints (POST /reports). Visible to other "
      + "users in ps: prefer $CHOKEPOINT_TOKEN (the default) or --token-file. Without one, writes are refused.")
  String token = System.getenv("CHOKEPOINT_TOKEN");

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "Read the write token from the first line of FILE (keep it readable only by you).")
  Path tokenFile;

  @Option(names = "--mirror", paramLabel = "DIR", description = "Fill an empty data directory from this mirror "
      + "(lists, goods, trade), and ingest the reports in DIR/../seeds and DIR/../docs.")
  Path mirror;

  @Option(names = "--reports", split = ",", paramLabel = "DIR", description = "Folders of reports to ingest.")
  List<Path> reportDirs = new ArrayList<>();

  @Option(names = "--rebuild-graph", description = "Rebuild the evidence graph even when one exists.")
  boolean rebuildGraph;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    long t0 = System.nanoTime();
    token = Tokens.resolve(token, tokenFile, spec.commandLine().getParseResult().hasMatchedOption("--token"), err);
    boolean fresh = mirror != null && !Files.exists(Workspace.data(main.data).root().resolve("manifest.json"));
    if (fresh) {
      err.println("filling " + main.data + " from " + mirror);
      SourceRegistry registry = Workspace.sources(main.sources);
      for (Updater.Outcome o : new Updater(Workspace.data(main.data), registry, Updater.defaultClient(),
          new ListValidator(registry, false)).fromMirror(mirror)) {
        if (Updater.failed(o)) {
          err.println("warning: " + o.source().id() + " " + o.status() + ": " + o.message());
        }
      }
    }
    if (mirror != null && reportDirs.isEmpty()) {
      Path parent = mirror.toAbsolutePath().normalize().getParent();
      for (String name : List.of("seeds", "docs")) {
        if (parent != null && Files.isDirectory(parent.resolve(name))) {
          reportDirs.add(parent.resolve(name));
        }
      }
    }
    Path graphFile = GraphCommand.file(main);
    boolean buildGraph = rebuildGraph || fresh || !Files.exists(graphFile);
    // A graph already on disk is read while the index opens and the classifier is built.
    java.util.concurrent.CompletableFuture<Graph> loading = buildGraph ? null
        : java.util.concurrent.CompletableFuture.supplyAsync(() -> {
          try {
            return GraphStore.load(graphFile);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    Screener screener = Workspace.screener(main.data, main.sources, err);
    GoodsCatalog goods = null;
    GoodsClassifier classifier = null;
    ControlsEngine controls = null;
    ReportStore reports = null;
    try {
      goods = GoodsCatalog.load(Workspace.data(main.data), Workspace.sources(main.sources));
      classifier = goods.newClassifier();
      controls = new ControlsEngine(Rules.standard(), goods, classifier, Checks.partyLookup(screener));
      reports = new ReportStore(Workspace.data(main.data).root().resolve("reports"),
          new ReportPipeline(goods, new ScreeningLinker(screener)));
      for (Path f : ReportPipeline.expand(reportDirs)) {
        byte[] bytes = Files.readAllBytes(f);
        if (reports.contains(f.getFileName().toString(), bytes)) {
          continue;
        }
        var d = reports.add(f.getFileName().toString(), bytes);
        if (!d.ok()) {
          err.println("warning: report not ingested: " + d.error());
        }
      }
    } catch (java.io.IOException e) {
      err.println("warning: goods, checks and reports disabled: " + e.getMessage());
    }
    TradeQueries tradeQueries = null;
    if (goods != null && mirror != null) {
      importTrade(goods, err);
    }
    if (TradeCommand.snapshots(main).live() != null) {
      try {
        tradeQueries = new TradeQueries(TradeCommand.snapshots(main).liveConnections());
      } catch (IllegalStateException e) {
        err.println("warning: /trade/... disabled: " + e.getMessage());
      }
    } else {
      err.println("warning: /trade/... disabled: no trade store (chokepoint trade import)");
    }
    GraphQueries graph = null;
    if (goods != null && buildGraph) {
      err.println("building the evidence graph");
      Graph g = GraphCommand.build(goods, screener, reports == null ? null : reports.run(), tradeQueries, err);
      try {
        GraphStore.save(g, graphFile);
      } catch (java.io.IOException e) {
        err.println("warning: evidence graph not saved: " + e.getMessage()
            + (Files.exists(graphFile) ? "; serving the last good graph" : "; /graph/... disabled"));
      }
    }
    if (loading != null) {
      graph = new GraphQueries(loading.join());
    } else if (Files.exists(graphFile)) {
      graph = new GraphQueries(GraphStore.load(graphFile));
    }
    HttpApi api = new HttpApi(screener, controls, reports, tradeQueries == null || goods == null ? null
        : new TradeApi(tradeQueries, goods), graph).withToken(token)
        .withUi(new WebUi(screener, graph, reports, tradeQueries, goods));
    if (goods != null) {
      api.withGoods(goods, classifier);
    }
    Javalin app = api.create();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      stopped.countDown();
    }));
    app.start(host, port);
    spec.commandLine().getOut().printf("serving on http://%s:%d (ready in %.1f s; Ctrl-C to stop)%n", host,
        app.port(), (System.nanoTime() - t0) / 1e9);
    spec.commandLine().getOut().flush();
    stopped.await();
    return 0;
  }

  /**
   * Imports the mirror's trade files (and the ECB rates in the data directory) that the live trade snapshot lacks
   * by name and hash: a first import killed half-way is finished on the next start.
   */
  private void importTrade(GoodsCatalog goods, PrintWriter err) throws Exception {
    Path folder = mirror.resolve("trade");
    if (!Files.isDirectory(folder)) {
      return;
    }
    List<Path> files;
    try (var list = Files.list(folder)) {
      files = new ArrayList<>(list.filter(p -> p.toString().endsWith(".csv")).sorted().toList());
    }
    Path rates = TradeCommand.ratesFile(main);
    if (rates != null) {
      files.add(rates);
    }
    var result = TradeCommand.snapshots(main).sync(files, () -> new TradeParser(goods.correlation()));
    for (var r : result.reports()) {
      err.printf("trade: %s: %s%n", r.file(), r.lookup() ? String.join("; ", r.notes()) : String.format("%,d rows",
          r.rowsStored()));
    }
    result.errors().forEach(e -> err.println("trade: not imported: " + e));
  }
}
