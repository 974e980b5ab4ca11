package org.chokepoint.app.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chokepoint.app.http.ApiServer;
import org.chokepoint.app.http.WriteAccess;
import org.chokepoint.app.workspace.Capability;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.app.workspace.Workspace;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.data.Updater;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.lists.load.ListValidator;
import org.chokepoint.reports.ReportPipeline;
import org.chokepoint.trade.load.ImportReport;
import org.chokepoint.trade.load.TradeParser;
import org.chokepoint.trade.store.TradeSnapshots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Serves the web UI and the HTTP API until stopped. With {@code --mirror}, a fresh data directory is filled first:
 * lists and goods from the mirror, its trade files imported, the reports beside it ingested, the evidence graph
 * built. A restart with the data directory in place only opens what is there. Command-line readers and {@code graph
 * build} may use the same data directory while it runs; a graph made live by another process is served at once.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web UI (/) and the HTTP API (/openapi.json describes it).")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  ChokepointCommand main;

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
    requireFreePort();
    token = Tokens.resolve(token, tokenFile, spec.commandLine().getParseResult().hasMatchedOption("--token"), err);
    Workspace workspace = main.workspace(err);
    boolean fresh = mirror != null && !Files.exists(workspace.layout().manifest());
    if (fresh) {
      err.println("filling " + main.data + " from " + mirror);
      SourceRegistry registry = workspace.sources();
      for (Updater.Outcome o : new Updater(workspace.data(), registry, Updater.defaultClient(),
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
    if (mirror != null) {
      importTrade(workspace, err);
    }
    boolean buildGraph = rebuildGraph || fresh || !Files.exists(workspace.layout().graph());
    Services services = open(workspace, err);
    if (services.has(Capability.REPORTS)) {
      Services.Ingested ingested = services.ingest(ReportPipeline.expand(reportDirs));
      ingested.refused().forEach(r -> err.println("warning: report not ingested: " + r));
      int stored = ReportPipeline.expand(List.of(workspace.layout().reports())).size();
      err.printf("reports: %d stored (%d new, %d already stored, %d refused)%n", stored, ingested.added(),
          ingested.known(), ingested.refused().size());
    }
    if (!services.has(Capability.TRADE)) {
      err.println("warning: /trade/... disabled: no trade store (chokepoint trade import)");
    }
    if (services.has(Capability.GOODS) && buildGraph) {
      err.println("building the evidence graph");
      Graph g = services.buildGraph(services.reports().run(), err::println);
      try {
        workspace.publishGraph(g);
        services.refreshGraph();
      } catch (IOException e) {
        err.println("warning: evidence graph not saved: " + e.getMessage() + (Files.exists(workspace.layout()
            .graph()) ? "; serving the last good graph" : "; /graph/... disabled"));
      }
    }
    Javalin app = ApiServer.create(services, WriteAccess.token(token), ApiServer.Pages.API_AND_WEB_UI);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      try {
        services.close();
      } catch (Exception e) {
        err.println("warning: " + e.getMessage());
      }
      stopped.countDown();
    }));
    app.start(host, port);
    spec.commandLine().getOut().printf("serving on http://%s:%d (ready in %.1f s; Ctrl-C to stop)%n", host,
        app.port(), (System.nanoTime() - t0) / 1e9);
    spec.commandLine().getOut().flush();
    stopped.await();
    return 0;
  }

  /** Everything there is; without goods data, screening, trade and the graph only. */
  private static Services open(Workspace workspace, PrintWriter err) throws IOException {
    Set<Capability> all = EnumSet.allOf(Capability.class);
    try {
      return workspace.open(all);
    } catch (IOException e) {
      err.println("warning: goods, checks and reports disabled: " + e.getMessage());
      return workspace.open(EnumSet.of(Capability.SCREENING, Capability.TRADE, Capability.GRAPH));
    }
  }

  /** Fails at once, before anything is loaded, when the address is taken. */
  private void requireFreePort() throws IOException {
    if (port == 0) {
      return;
    }
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw new IOException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
          + " (is another server running? choose another --port)", e);
    }
  }

  /**
   * Imports the mirror's trade files (and the ECB rates in the data directory) that the live trade snapshot lacks by
   * name and hash: a first import killed half-way is finished on the next start.
   */
  private void importTrade(Workspace workspace, PrintWriter err) throws IOException {
    Path folder = mirror.resolve("trade");
    if (!Files.isDirectory(folder)) {
      return;
    }
    List<Path> files;
    try (var list = Files.list(folder)) {
      files = new ArrayList<>(list.filter(p -> p.toString().endsWith(".csv")).sorted().toList());
    }
    if (Files.exists(workspace.layout().exchangeRates())) {
      files.add(workspace.layout().exchangeRates());
    }
    GoodsCatalog goods = workspace.openCatalog();
    TradeSnapshots.Result result = workspace.trade().sync(files, () -> new TradeParser(goods.correlation()));
    for (ImportReport r : result.reports()) {
      err.printf("trade: %s: %s%n", r.file(), r.lookup() ? String.join("; ", r.notes())
          : String.format(Locale.ROOT, "%,d rows", r.rowsStored()));
    }
    result.errors().forEach(e -> err.println("trade: not imported: " + e));
  }
}
