package org.chokepoint.app.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.classify.GoodsClassifier;
import org.chokepoint.goods.controls.ControlsEngine;
import org.chokepoint.graph.assemble.GraphBuilder;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.query.GraphQueries;
import org.chokepoint.graph.store.LiveGraph;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;
import org.chokepoint.reports.ReportDocument;
import org.chokepoint.reports.ReportPipeline;
import org.chokepoint.reports.ReportStore;
import org.chokepoint.reports.brief.Brief;
import org.chokepoint.reports.extract.ScreeningLinker;
import org.chokepoint.reports.story.Story;
import org.chokepoint.trade.check.ClaimCheck;
import org.chokepoint.trade.query.TradeQueries;

/**
 * The application layer: the capabilities, each opened once, and the use cases two interfaces share. The command
 * line, the HTTP API, the web UI and the benchmarks call these methods and only translate requests and responses.
 * Immutable once built; a capability that is not open answers {@link Unavailable} naming what to run.
 */
public final class Services implements AutoCloseable {
  /** The goods capability: catalog, classifier and the trade-control rules engine built on them. */
  public record Goods(GoodsCatalog catalog, GoodsClassifier classifier, ControlsEngine controls) {
    public Goods {
      Objects.requireNonNull(catalog, "catalog");
      Objects.requireNonNull(classifier, "classifier");
      Objects.requireNonNull(controls, "controls");
    }
  }

  /** One shipment's check: the result, or why it could not be checked. Numbered from 1 in input order. */
  public record ShipmentCheck(int number, ControlsEngine.Check check, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  /** One figure of a report checked against the trade store: verdict and basis, or why it could not be. */
  public record FigureCheck(String doc, String description, String verdict, String basis) {}

  /** What an ingestion did: documents added, already stored, and refused with their reasons. */
  public record Ingested(int added, int known, List<String> refused) {}

  private final Screener screening;
  private final Goods goods;
  private final ReportStore reports;
  private final TradeQueries trade;
  private final LiveGraph graph;
  private final GraphQueries fixedGraph;
  private final GraphSettings graphSettings;
  private final List<AutoCloseable> resources;

  private Services(Builder b) {
    this.screening = b.screening;
    this.goods = b.goods;
    this.reports = b.reports;
    this.trade = b.trade;
    this.graph = b.graph;
    this.fixedGraph = b.fixedGraph;
    this.graphSettings = b.graphSettings;
    this.resources = List.copyOf(b.resources);
  }

  /** Services assembled from capabilities already open (tests, tools); {@link Workspace} opens them from disk. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the capability is open (the graph: whether a graph has been built). */
  public boolean has(Capability c) {
    return switch (c) {
      case SCREENING -> screening != null;
      case GOODS -> goods != null;
      case REPORTS -> reports != null;
      case TRADE -> trade != null;
      case GRAPH -> fixedGraph != null || graph != null && graph.available();
    };
  }

  /** The capabilities open now. */
  public Set<Capability> available() {
    Set<Capability> out = EnumSet.noneOf(Capability.class);
    for (Capability c : Capability.values()) {
      if (has(c)) {
        out.add(c);
      }
    }
    return out;
  }

  public Screener screening() {
    return require(screening, Capability.SCREENING, "screening is not available: run chokepoint update");
  }

  public Goods goods() {
    return require(goods, Capability.GOODS, "goods are not available: run chokepoint update");
  }

  public ReportStore reports() {
    return require(reports, Capability.REPORTS, "reports are not available: goods data is not loaded (run "
        + "chokepoint update)");
  }

  /** The trade store's questions; callers run them one at a time ({@code synchronized} on the returned object). */
  public TradeQueries trade() {
    return require(trade, Capability.TRADE, "trade questions are not available: no trade store (run chokepoint "
        + "trade import)");
  }

  /** The graph as it is now; one request should ask one snapshot. */
  public GraphQueries graph() {
    if (fixedGraph != null) {
      return fixedGraph;
    }
    Graph g = graph == null ? null : graph.graph();
    return new GraphQueries(require(g, Capability.GRAPH, "the evidence graph is not available: run chokepoint "
        + "graph build"));
  }

  /** Questions that always read the newest graph, null when no graph has been built (for long-lived pages). */
  public GraphQueries liveGraph() {
    if (fixedGraph != null) {
      return fixedGraph;
    }
    return graph == null || !graph.available() ? null : graph.queries();
  }

  /** Loads the live graph file now if it changed (after this process made a new graph live). */
  public void refreshGraph() throws IOException {
    if (graph != null) {
      graph.refresh();
    }
  }

  public GraphSettings graphSettings() {
    return graphSettings;
  }

  private static <T> T require(T value, Capability c, String message) {
    if (value == null) {
      throw new Unavailable(c, message);
    }
    return value;
  }

  // ---- use cases -------------------------------------------------------------------------------------------------

  /** Screens one query against every loaded list. */
  public List<Match> screen(MatchQuery query) {
    return screening().screen(query);
  }

  /** The best match for a bare name at the default threshold, if any. */
  public Optional<Match> bestMatch(String name) {
    return bestMatch(screening(), name);
  }

  static Optional<Match> bestMatch(Screener screener, String name) {
    List<Match> m = screener.screen(new MatchQuery(name, null, List.of(), "", List.of(),
        MatchQuery.DEFAULT_THRESHOLD, 1));
    return m.isEmpty() ? Optional.empty() : Optional.of(m.getFirst());
  }

  /** The screening engine as the controls engine's party lookup: the best match at the default threshold. */
  public static ControlsEngine.PartyLookup partyLookup(Screener screener) {
    return name -> bestMatch(screener, name).map(m -> new ControlsEngine.PartyHit(m.party().id(),
        m.party().caption(), m.score(), m.party().lists())).orElse(null);
  }

  /** Checks shipments against the trade-control rules; one that cannot be read or checked says why. */
  public List<ShipmentCheck> checkShipments(List<ShipmentRequest> shipments) {
    ControlsEngine controls = goods().controls();
    List<ShipmentCheck> out = new ArrayList<>();
    for (int i = 0; i < shipments.size(); i++) {
      try {
        out.add(new ShipmentCheck(i + 1, controls.check(shipments.get(i).toShipment()), null));
      } catch (RuntimeException e) {
        out.add(new ShipmentCheck(i + 1, null, e.getMessage()));
      }
    }
    return out;
  }

  /** Runs the report pipeline over files with this workspace's lists and goods (not stored). */
  public ReportPipeline.Run readReports(List<Path> files) {
    return pipeline().run(files, Runtime.getRuntime().availableProcessors());
  }

  /** The pipeline reports go through: goods mentions from the catalog, parties linked through screening. */
  public ReportPipeline pipeline() {
    return new ReportPipeline(goods().catalog(), new ScreeningLinker(screening()));
  }

  /** Adds the files not stored yet to the report store. */
  public Ingested ingest(List<Path> files) throws IOException {
    ReportStore store = reports();
    int added = 0;
    int known = 0;
    List<String> refused = new ArrayList<>();
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      String name = f.getFileName().toString();
      if (store.contains(name, bytes)) {
        known++;
        continue;
      }
      ReportDocument d = store.add(name, bytes);
      if (d.ok()) {
        added++;
      } else {
        refused.add(d.error());
      }
    }
    return new Ingested(added, known, List.copyOf(refused));
  }

  /** The id of the story {@code doc} belongs to in {@code run}, "" when none. */
  public static String storyOf(ReportPipeline.Run run, String doc) {
    for (Story s : run.stories()) {
      if (s.documents().stream().anyMatch(m -> m.doc().equals(doc))) {
        return s.id();
      }
    }
    return "";
  }

  /** The story with {@code id}, or the one with the most documents when {@code id} is null. */
  public static Optional<Story> story(ReportPipeline.Run run, String id) {
    return id == null ? run.stories().stream().max(Comparator.comparingInt((Story s) -> s.documents().size()))
        : run.stories().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The story's figures checked against the trade store. */
  public List<FigureCheck> checkFigures(ReportPipeline.Run run, Story story) throws SQLException {
    ClaimCheck check = new ClaimCheck(trade(), goods().catalog());
    var members = story.documents().stream().map(Story.Member::doc).toList();
    List<FigureCheck> rows = new ArrayList<>();
    for (ReportDocument d : run.documents()) {
      if (!members.contains(d.doc())) {
        continue;
      }
      for (var c : d.extraction().claims()) {
        ReportFigures.Checkable item = ReportFigures.of(c);
        if (item == null) {
          continue;
        }
        if (item.claim() == null) {
          rows.add(new FigureCheck(d.doc(), item.description(), "not checkable", item.reason()));
          continue;
        }
        ClaimCheck.Result r;
        synchronized (trade) {
          r = check.check(item.claim());
        }
        rows.add(new FigureCheck(d.doc(), item.description(), r.verdict().name().toLowerCase(Locale.ROOT)
            .replace('_', ' '), r.basis() + (r.wouldSettle().isEmpty() ? "" : "; would settle it: "
            + r.wouldSettle())));
      }
    }
    return rows;
  }

  /** A brief on a story (HTML or Markdown), with its figures checked against the trade store when there is one. */
  public String brief(ReportPipeline.Run run, Story story, boolean html) throws SQLException {
    List<Brief.Section> extra;
    if (trade == null) {
      extra = List.of(new Brief.Section("What the trade data says", "No trade store in the data directory: run "
          + "'chokepoint trade import' to check the story's figures against trade statistics.", List.of(),
          List.of()));
    } else {
      List<List<String>> rows = checkFigures(run, story).stream()
          .map(f -> List.of(f.doc(), f.description(), f.verdict(), f.basis())).toList();
      extra = List.of(new Brief.Section("What the trade data says", "Each figure of the story against the trade "
          + "statistics in the store (trade check).", List.of("document", "figure", "verdict", "basis"), rows));
    }
    return html ? Brief.html(story, extra) : Brief.markdown(story, extra);
  }

  /**
   * Builds the evidence graph from the lists, the reports of {@code run} (null: none) and, when there is a trade
   * store, the routes trade data shows for {@link #graphSettings()}.
   */
  public Graph buildGraph(ReportPipeline.Run run, Consumer<String> log) throws SQLException {
    GraphBuilder builder = new GraphBuilder(goods().catalog()).addParties(screening().index().parties());
    if (run != null) {
      builder.addReports(run);
    }
    if (trade != null) {
      GraphSettings s = graphSettings;
      synchronized (trade) {
        builder.addConduits(trade, s.bloc(), s.blocId(), s.target(), s.goodsGroups(), s.splitMonth(), s.months());
      }
    } else {
      log.accept("warning: no trade store: the graph has no SHIPS_VIA routes (chokepoint trade import)");
    }
    return builder.graph();
  }

  /** Closes what was opened for these services (index, trade connection, graph watcher). */
  @Override
  public void close() throws Exception {
    Exception first = null;
    for (AutoCloseable r : resources.reversed()) {
      try {
        r.close();
      } catch (Exception e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /** Assembles services; every capability is optional. */
  public static final class Builder {
    private Screener screening;
    private Goods goods;
    private ReportStore reports;
    private TradeQueries trade;
    private LiveGraph graph;
    private GraphQueries fixedGraph;
    private GraphSettings graphSettings = GraphSettings.standard();
    private final List<AutoCloseable> resources = new ArrayList<>();

    private Builder() {}

    public Builder screening(Screener s) {
      this.screening = Objects.requireNonNull(s, "screening");
      return this;
    }

    public Builder goods(Goods g) {
      this.goods = Objects.requireNonNull(g, "goods");
      return this;
    }

    public Builder reports(ReportStore r) {
      this.reports = Objects.requireNonNull(r, "reports");
      return this;
    }

    public Builder trade(TradeQueries t) {
      this.trade = Objects.requireNonNull(t, "trade");
      return this;
    }

    /** A graph that follows the live file. */
    public Builder graph(LiveGraph g) {
      this.graph = Objects.requireNonNull(g, "graph");
      this.fixedGraph = null;
      return this;
    }

    /** A graph held in memory that never changes. */
    public Builder graph(GraphQueries g) {
      this.fixedGraph = Objects.requireNonNull(g, "graph");
      this.graph = null;
      return this;
    }

    public Builder graphSettings(GraphSettings s) {
      this.graphSettings = Objects.requireNonNull(s, "graphSettings");
      return this;
    }

    /** Something to close with the services, closed in reverse order of adding. */
    public Builder closing(AutoCloseable resource) {
      resources.add(Objects.requireNonNull(resource, "resource"));
      return this;
    }

    public Services build() {
      return new Services(this);
    }
  }
}
