package org.chokepoint.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chokepoint.app.json.GraphJson;
import org.chokepoint.app.workspace.Capability;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.app.workspace.Workspace;
import org.chokepoint.graph.export.GraphExport;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.EdgeKind;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.query.GraphQueries;
import org.chokepoint.graph.store.GraphStore;
import org.chokepoint.reports.ReportPipeline;
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
    subcommands = {GraphCommand.Build.class, GraphCommand.Show.class, GraphCommand.Chains.class,
        GraphCommand.Suppliers.class, GraphCommand.Since.class, GraphCommand.Search.class, GraphCommand.Export.class})
final class GraphCommand {
  @ParentCommand
  ChokepointCommand main;

  /** The live graph of the data directory, loaded read-only. */
  GraphQueries queries(CommandSpec spec) throws IOException {
    return new GraphQueries(GraphStore.load(main.workspace(spec.commandLine().getErr()).layout().graph()));
  }

  /** {@code graph build}. */
  @Command(name = "build", mixinStandardHelpOptions = true, description = "Build the graph from the lists, the "
      + "stored reports and any --reports, and the trade store; it is written beside the live graph and replaces it "
      + "atomically, so a running server answers from it without a restart.")
  static final class Build implements Callable<Integer> {
    @ParentCommand
    GraphCommand graph;

    @Spec
    CommandSpec spec;

    @Option(names = "--reports", split = ",", paramLabel = "DIR", description = "More folders or files of reports.")
    List<Path> reports = List.of();

    @Override
    public Integer call() throws Exception {
      long t0 = System.nanoTime();
      PrintWriter err = spec.commandLine().getErr();
      Workspace workspace = graph.main.workspace(err);
      Graph g;
      try (Services services = workspace.open(EnumSet.of(Capability.REPORTS, Capability.TRADE))) {
        List<Path> files = new ArrayList<>(ReportPipeline.expand(List.of(workspace.layout().reports())));
        for (Path f : ReportPipeline.expand(reports)) {
          if (!services.reports().contains(f.getFileName().toString(), Files.readAllBytes(f))) {
            files.add(f);
          }
        }
        ReportPipeline.Run run = files.isEmpty() ? null : services.readReports(files);
        g = services.buildGraph(run, err::println);
      }
      Path file = workspace.publishGraph(g);
      spec.commandLine().getOut().printf(Locale.ROOT, "%s: %,d nodes, %,d edges in %.1f s%n", file,
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
      GraphQueries q = graph.queries(spec);
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
  static final class Chains implements Callable<Integer> {
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
      GraphQueries q = graph.queries(spec);
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
      GraphQueries q = graph.queries(spec);
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
      GraphQueries q = graph.queries(spec);
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
      for (Node n : graph.queries(spec).search(String.join(" ", text), 25)) {
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
    Path out;

    @Override
    public Integer call() throws Exception {
      Graph g = GraphStore.load(graph.main.workspace(spec.commandLine().getErr()).layout().graph());
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
