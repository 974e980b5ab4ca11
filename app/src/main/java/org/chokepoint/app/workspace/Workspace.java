package org.chokepoint.app.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.io.DiskSpace;
import org.chokepoint.core.io.Leftovers;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.classify.GoodsClassifier;
import org.chokepoint.goods.controls.ControlsEngine;
import org.chokepoint.goods.controls.Rule;
import org.chokepoint.goods.controls.Rules;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.store.GraphStore;
import org.chokepoint.graph.store.LiveGraph;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Screener;
import org.chokepoint.reports.ReportPipeline;
import org.chokepoint.reports.ReportStore;
import org.chokepoint.reports.extract.ScreeningLinker;
import org.chokepoint.trade.query.TradeQueries;
import org.chokepoint.trade.store.TradeSnapshots;

/**
 * A data directory and its source registry: opens the capabilities stored there into {@link Services}, each once,
 * and writes the stores that are built from others (the evidence graph). Every store is opened so that the server
 * and command-line readers can use the same directory at the same time: the screening index and the graph are read
 * from files made live atomically, the trade store is opened read-only.
 */
public final class Workspace {
  private static final Set<Path> RECOVERED = ConcurrentHashMap.newKeySet();

  private final DataLayout layout;
  private final SourceRegistry sources;
  private final Consumer<String> log;

  public Workspace(DataLayout layout, SourceRegistry sources, Consumer<String> log) {
    this.layout = Objects.requireNonNull(layout, "layout");
    this.sources = Objects.requireNonNull(sources, "sources");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * The workspace at {@code dataDir} with the built-in sources, or those of {@code sourcesFile} when given. The first
   * time in a process, what an interrupted build left there and nobody has touched for a while ({@link Leftovers})
   * is removed, so the last good stores are used.
   */
  public static Workspace at(Path dataDir, Path sourcesFile, Consumer<String> log) throws IOException {
    Workspace w = new Workspace(new DataLayout(dataDir), sourcesFile == null ? SourceRegistry.builtIn()
        : SourceRegistry.read(sourcesFile), log);
    if (RECOVERED.add(w.layout.root().toAbsolutePath().normalize())) {
      try {
        for (Path p : Leftovers.remove(w.layout.root())) {
          log.accept("removed " + p + " (left by an interrupted build)");
        }
      } catch (IOException e) {
        log.accept("warning: could not remove what an interrupted build left in " + w.layout.root() + ": "
            + e.getMessage());
      }
    }
    return w;
  }

  public DataLayout layout() {
    return layout;
  }

  public DataDirectory data() {
    return layout.data();
  }

  public SourceRegistry sources() {
    return sources;
  }

  /** Where progress and warnings go. */
  public Consumer<String> log() {
    return log;
  }

  /** Opens the screening index, building or refreshing it when the lists changed. */
  public ScreeningIndex openIndex(boolean forceRebuild) throws IOException {
    return IndexMaintainer.openOrBuild(data(), sources, forceRebuild, log);
  }

  /** Reads the goods catalog (HS, CHPL, goods groups). */
  public GoodsCatalog openCatalog() throws IOException {
    return GoodsCatalog.load(data(), sources);
  }

  /** The goods capability with these trade-control rules, parties looked up through {@code screener}. */
  public static Services.Goods goods(GoodsCatalog catalog, List<Rule> rules, Screener screener) {
    GoodsClassifier classifier = catalog.newClassifier();
    return new Services.Goods(catalog, classifier, new ControlsEngine(rules, catalog, classifier,
        Services.partyLookup(screener)));
  }

  /**
   * The trade store's snapshots (an import writes a new one and makes it live); a snapshot is not started without
   * room for it on the disk.
   */
  public TradeSnapshots trade() {
    return new TradeSnapshots(layout.trade(), (target, estimate) -> DiskSpace.system()
        .require(target.toAbsolutePath().getParent(), estimate, "trade import"));
  }

  /**
   * Questions of whichever trade snapshot is live, opened read-only so that command-line readers, imports and the
   * server share the store; null when nothing was imported yet.
   */
  public TradeQueries openTrade() throws IOException {
    TradeSnapshots snapshots = trade();
    return snapshots.live() == null ? null : new TradeQueries(snapshots.liveConnections());
  }

  /**
   * Opens the capabilities asked for, each once. SCREENING and GOODS must be there (an error says what to run);
   * REPORTS needs both; TRADE and GRAPH are left out when their store does not exist yet.
   */
  public Services open(Set<Capability> wanted) throws IOException {
    Set<Capability> want = EnumSet.copyOf(wanted.isEmpty() ? EnumSet.noneOf(Capability.class) : wanted);
    if (want.contains(Capability.REPORTS)) {
      want.add(Capability.GOODS);
    }
    if (want.contains(Capability.GOODS)) {
      want.add(Capability.SCREENING);
    }
    Services.Builder b = Services.builder();
    try {
      CompletableFuture<LiveGraph> graph = want.contains(Capability.GRAPH) ? openGraphAsync() : null;
      Screener screener = null;
      if (want.contains(Capability.SCREENING)) {
        ScreeningIndex index = openIndex(false);
        b.closing(index);
        screener = new Screener(index);
        b.screening(screener);
      }
      if (want.contains(Capability.GOODS)) {
        Services.Goods goods = goods(openCatalog(), Rules.standard(), screener);
        b.goods(goods);
        if (want.contains(Capability.REPORTS)) {
          b.reports(new ReportStore(layout.reports(), new ReportPipeline(goods.catalog(),
              new ScreeningLinker(screener))));
        }
      }
      if (want.contains(Capability.TRADE)) {
        TradeQueries trade = openTrade();
        if (trade != null) {
          b.trade(trade);
        }
      }
      if (graph != null) {
        LiveGraph live = join(graph);
        b.closing(live);
        b.graph(live);
      }
      return b.build();
    } catch (IOException | RuntimeException e) {
      try {
        b.build().close();
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** Starts reading the live graph (removing what a killed build left) while other capabilities open. */
  private CompletableFuture<LiveGraph> openGraphAsync() throws IOException {
    Path file = layout.graph();
    GraphStore.removeLeftovers(file).forEach(p -> log.accept("removed a partial graph build: " + p));
    return CompletableFuture.supplyAsync(() -> {
      try {
        return LiveGraph.open(file, log);
      } catch (IOException e) {
        throw new CompletionException(e);
      }
    });
  }

  private static LiveGraph join(CompletableFuture<LiveGraph> f) throws IOException {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  /** Makes {@code graph} the live evidence graph (written beside it, renamed over it); readers pick it up. */
  public Path publishGraph(Graph graph) throws IOException {
    Path file = layout.graph();
    GraphStore.removeLeftovers(file);
    GraphStore.save(graph, file);
    return file;
  }
}
