package org.chokepoint.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chokepoint.app.json.GraphJson;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.graph.build.GraphBuilder;
import org.chokepoint.graph.export.GraphExport;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.EdgeKind;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.query.GraphQueries;
import org.chokepoint.graph.store.GraphStore;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Screener;
import org.chokepoint.reports.ReportPipeline;
import org.chokepoint.reports.extract.ScreeningLinker;
import org.chokepoint.trade.query.TradeQueries;
import org.chokepoint.trade.store.TradeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code graph …}: the evidence graph joining lists, reports, goods and trade. */
@Command(name = "graph", mixinStandardHelpOptions = true,
    description = "Build and query the evidence graph (data/graph/graph.duckdb): parties, countries, goods, claims, "
        + "listings and trade routes, every edge with its source.",
    subcommands = {GraphCommand.Build.class, GraphCommand.Show.class, GraphCommand.Path.class,
        GraphCommand.Suppliers.class, GraphCommand.Since.class, GraphCommand.Search.class, GraphCommand.Export.class})
final class GraphCommand {
  @ParentCommand
  Main main;

  static java.nio.file.Path file(Main main) {
    return Workspace.data(main.data).root().resolve("graph").resolve("graph.duckdb");
  }

  /** Goods groups whose trade routes the graph records. */
  static final List<String> ROUTE_GOODS = List.of("chpl", "machine-tools", "microelectronics", "optics");

  /**
   * Builds the graph from the lists behind {@code screener}, the reports of {@code run} (null: none) and, when there
   * is a trade store, the routes trade data shows (null: none).
   */
  static Graph build(GoodsCatalog catalog, Screener screener, ReportPipeline.Run run, TradeQueries trade,
      PrintWriter err) throws Exception {
    GraphBuilder builder = new GraphBuilder(catalog).addParties(screener.index().parties());
    if (run != null) {
      builder.addReports(run);
    }
    if (trade != null) {
      builder.addConduits(trade, TradeCommand.EU_MEMBERS, "EU", "RU", ROUTE_GOODS, TradeCommand.split("2022-02-24"),
          10);
    } else {
      err.println("warning: no trade store: the graph has no SHIPS_VIA routes (chokepoint trade import)");
    }
    return builder.graph();
  }

  static GraphQueries queries(Main main) throws Exception {
    return new GraphQueries(GraphStore.load(file(main)));
  }

  /** {@code graph build}. */
  @Command(name = "build", mixinStandardHelpOptions = true, description = "Build the graph (replacing it atomically).")
  static final class Build implements Callable<Integer> {
    @ParentCommand
    GraphCommand graph;

    @Spec
    CommandSpec spec;

    @Option(names = "--reports", split = ",", paramLabel = "DIR", description = "Folders or files of reports.")
    List<java.nio.file.Path> reports = List.of();

    @Override
    public Integer call() throws Exception {
      long t0 = System.nanoTime();
      Main main = graph.main;
      PrintWriter err = spec.commandLine().getErr();
      GoodsCatalog catalog = GoodsCatalog.load(Workspace.data(main.data), Workspace.sources(main.sources));
      java.nio.file.Path tradeFile = TradeCommand.storeFile(main);
      Graph g;
      try (ScreeningIndex index = Workspace.screener(main.data, main.sources, err).index();
           TradeStore store = Files.exists(tradeFile) ? TradeStore.openReadOnly(tradeFile) : null) {
        Screener screener = new Screener(index);
        ReportPipeline.Run run = reports.isEmpty() ? null : new ReportPipeline(catalog, new ScreeningLinker(screener))
            .run(ReportPipeline.expand(reports), Runtime.getRuntime().availableProcessors());
        g = build(catalog, screener, run, store == null ? null : new TradeQueries(store.connection()), err);
      }
      GraphStore.save(g, file(graph.main));
      spec.commandLine().getOut().printf(Locale.ROOT, "%s: %,d nodes, %,d edges in %.1f s%n", file(graph.main),
          g.nodes().size(), g.edges().size(), (System.nanoTime() - t0) / 1e9);
      return 0;
    }
  }

  /** {@code graph show ID}. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "A node and its neighbours.")
  static final class Show implements Callable<Integer> {
    @ParentCommand
    GraphCommand graph;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Node id: a list party id, country:CN, goods:optics, doc:FILE …")
    String id;

    @Option(names = "--kind", split = ",", description = "Edge kinds to follow (default all): ${COMPLETION-CANDIDATES}")
    Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);

    @Option(names = "--limit", description = "Most neighbours (default ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      GraphQueries q = queries(graph.main);
      Node n = q.node(id);
      if (n == null) {
        throw new IllegalArgumentException("no node '" + id + "' (try 'chokepoint graph search')");
      }
      var neighbours = q.neighbours(id, kinds, limit);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ObjectNode o = GraphJson.node(n);
        ArrayNode arr = o.putArray("neighbours");
        neighbours.forEach(nb -> arr.add(GraphJson.neighbour(nb)));
        out.println(o);
        return 0;
      }
      out.printf("%s  %s  [%s]%s%n", n.id(), n.label(), n.kind(), n.props().isEmpty() ? "" : "  " + n.props());
      for (var nb : neighbours) {
        out.printf("  %s %-12s %-40s %s%s%n", nb.outgoing() ? "→" : "←", nb.edge().kind(), nb.node().label(),
            nb.edge().date().isEmpty() ? "" : nb.edge().date() + "  ", shorten(nb.edge().source()));
      }
      return 0;
    }
  }

  /** {@code graph path FROM TO}. */
  @Command(name = "path", mixinStandardHelpOptions = true, description = "The shortest chains linking two nodes.")
  static final class Path implements Callable<Integer> {
    @ParentCommand
    GraphCommand graph;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FROM")
    String from;

    @Parameters(index = "1", paramLabel = "TO")
    String to;

    @Option(names = "--max-hops", description = "Default ${DEFAULT-VALUE}.")
    int maxHops = 4;

    @Override
    public Integer call() throws Exception {
      GraphQueries q = queries(graph.main);
      var paths = q.paths(from, to, maxHops, 10);
      PrintWriter out = spec.commandLine().getOut();
      if (paths.isEmpty()) {
        out.printf("no chain of at most %d edges links %s and %s%n", maxHops, from, to);
        return 0;
      }
      for (List<Edge> p : paths) {
        String at = from;
        StringBuilder b = new StringBuilder(q.node(from).label());
        for (Edge e : p) {
          String next = e.src().equals(at) ? e.dst() : e.src();
          b.append(" —").append(e.kind()).append(e.src().equals(at) ? "→ " : "← ").append(q.node(next).label());
          at = next;
        }
        out.println(b);
        for (Edge e : p) {
          out.printf("    %s: %s%n", e.kind(), shorten(e.evidence().isEmpty() ? e.source() : e.evidence()));
        }
      }
      return 0;
    }
  }

  /** {@code graph suppliers GOODS}. */
  @Command(name = "suppliers", mixinStandardHelpOptions = true,
      description = "Who is reported to supply a goods group, with sources, end uses and list status.")
  static final class Suppliers implements Callable<Integer> {
    @ParentCommand
    GraphCommand graph;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GOODS", description = "A goods node: goods:machine-tools, goods:optics …")
    String goods;

    @Override
    public Integer call() throws Exception {
      GraphQueries q = queries(graph.main);
      String id = goods.startsWith("goods:") ? goods : "goods:" + goods;
      PrintWriter out = spec.commandLine().getOut();
      for (var s : q.suppliers(id)) {
        out.printf("%-40s → %-20s %d claim(s), %d independent source(s)%s%s%n", s.supplier().label(),
            String.join(", ", s.recipients()), s.claims(), s.independentSources(), s.endUses().isEmpty() ? ""
                : "; for " + String.join(", ", s.endUses()), s.lists().isEmpty() ? "" : "; LISTED: "
                + String.join("; ", s.lists()));
      }
      return 0;
    }
  }

  /** {@code graph since DATE}. */
  @Command(name = "since", mixinStandardHelpOptions = true, description = "Edges dated on or after a date.")
  static final class Since implements Callable<Integer> {
    @ParentCommand
    GraphCommand graph;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATE", description = "ISO date, e.g. 2024-04-01.")
    String date;

    @Option(names = "--limit", description = "Default ${DEFAULT-VALUE}.")
    int limit = 50;

    @Override
    public Integer call() throws Exception {
      GraphQueries q = queries(graph.main);
      for (Edge e : q.since(date, limit)) {
        spec.commandLine().getOut().printf("%s  %-12s %s → %s  (%s)%n", e.date(), e.kind(), q.node(e.src()).label(),
            q.node(e.dst()).label(), shorten(e.source()));
      }
      return 0;
    }
  }

  /** {@code graph search TEXT}. */
  @Command(name = "search", mixinStandardHelpOptions = true, description = "Nodes whose label has the words.")
  static final class Search implements Callable<Integer> {
    @ParentCommand
    GraphCommand graph;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TEXT", arity = "1..*")
    List<String> text;

    @Override
    public Integer call() throws Exception {
      for (Node n : queries(graph.main).search(String.join(" ", text), 25)) {
        spec.commandLine().getOut().printf("%-40s %-9s %s%n", n.id(), n.kind(), n.label());
      }
      return 0;
    }
  }

  /** {@code graph export}. */
  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write the graph as FollowTheMoney-style JSON lines, CSV (nodes and edges) or GraphML.")
  static final class Export implements Callable<Integer> {
    @ParentCommand
    GraphCommand graph;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, description = "ftm, csv or graphml")
    String format;

    @Option(names = "--out", required = true, description = "File (for csv: a folder for nodes.csv and edges.csv).")
    java.nio.file.Path out;

    @Override
    public Integer call() throws Exception {
      Graph g = GraphStore.load(file(graph.main));
      switch (format.toLowerCase(Locale.ROOT)) {
        case "ftm" -> {
          try (Writer w = Files.newBufferedWriter(out)) {
            GraphExport.ftm(g, w);
          }
        }
        case "graphml" -> {
          try (Writer w = Files.newBufferedWriter(out)) {
            GraphExport.graphml(g, w);
          }
        }
        case "csv" -> {
          Files.createDirectories(out);
          try (Writer n = Files.newBufferedWriter(out.resolve("nodes.csv"));
               Writer e = Files.newBufferedWriter(out.resolve("edges.csv"))) {
            GraphExport.csv(g, n, e);
          }
        }
        default -> throw new IllegalArgumentException("--format must be ftm, csv or graphml");
      }
      spec.commandLine().getOut().printf("%s: %,d nodes, %,d edges%n", out, g.nodes().size(), g.edges().size());
      return 0;
    }
  }

  static String shorten(String s) {
    return s.length() > 140 ? s.substring(0, 137) + "…" : s;
  }
}
