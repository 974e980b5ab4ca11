package org.chokepoint.app.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chokepoint.app.http.HttpApi;
import org.chokepoint.lists.screen.Screener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Serves the HTTP API until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the HTTP API: POST /match, GET /search?q=, GET /entities/{id}, POST /check, GET /health.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Option(names = "--host", description = "Address to listen on (default ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--port", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--token", description = "Token required by write endpoints (POST /reports); default: "
      + "$CHOKEPOINT_TOKEN. Without one, writes are refused.")
  String token = System.getenv("CHOKEPOINT_TOKEN");

  @Override
  public Integer call() throws Exception {
    Screener screener = Workspace.screener(main.data, main.sources, spec.commandLine().getErr());
    org.chokepoint.goods.controls.ControlsEngine controls = null;
    org.chokepoint.reports.ReportStore reports = null;
    org.chokepoint.goods.GoodsCatalog goodsCatalog = null;
    org.chokepoint.goods.classify.GoodsClassifier classifier = null;
    org.chokepoint.app.http.TradeApi trade = null;
    try {
      var goods = org.chokepoint.goods.GoodsCatalog.load(Workspace.data(main.data), Workspace.sources(main.sources));
      goodsCatalog = goods;
      classifier = goods.newClassifier();
      controls = new org.chokepoint.goods.controls.ControlsEngine(org.chokepoint.goods.controls.Rules.standard(), goods,
          classifier,
          Checks.partyLookup(screener));
      reports = new org.chokepoint.reports.ReportStore(Workspace.data(main.data).root().resolve("reports"),
          new org.chokepoint.reports.ReportPipeline(goods,
              new org.chokepoint.reports.extract.ScreeningLinker(screener)));
      java.nio.file.Path tradeFile = TradeCommand.storeFile(main);
      if (java.nio.file.Files.exists(tradeFile)) {
        var store = org.chokepoint.trade.store.TradeStore.open(tradeFile);
        trade = new org.chokepoint.app.http.TradeApi(new org.chokepoint.trade.query.TradeQueries(store.connection()),
            goods);
      } else {
        spec.commandLine().getErr().println("warning: /trade/... disabled: no trade store (chokepoint trade import)");
      }
    } catch (java.io.IOException e) {
      spec.commandLine().getErr().println("warning: POST /check disabled: " + e.getMessage());
    }
    org.chokepoint.graph.query.GraphQueries graph = null;
    java.nio.file.Path graphFile = GraphCommand.file(main);
    if (java.nio.file.Files.exists(graphFile)) {
      graph = new org.chokepoint.graph.query.GraphQueries(org.chokepoint.graph.store.GraphStore.load(graphFile));
    } else {
      spec.commandLine().getErr().println("warning: /graph/... disabled: no evidence graph (chokepoint graph build)");
    }
    HttpApi api = new HttpApi(screener, controls, reports, trade, graph).withToken(token);
    if (goodsCatalog != null) {
      api.withGoods(goodsCatalog, classifier);
    }
    Javalin app = api.create();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      stopped.countDown();
    }));
    app.start(host, port);
    spec.commandLine().getOut().printf("serving on http://%s:%d (Ctrl-C to stop)%n", host, app.port());
    spec.commandLine().getOut().flush();
    stopped.await();
    return 0;
  }
}
