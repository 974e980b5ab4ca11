package org.chokepoint.graph.query;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.EdgeKind;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.model.NodeKind;

/**
 * Questions of the evidence graph: a node's neighbours, the shortest chains linking two nodes ("how is Hikvision
 * linked to Russian tank production?"), who supplies a goods group (claims, sources and list status together), what
 * is new since a date, and a search over labels.
 */
public final class GraphQueries {
  /** A neighbour and the edge that leads to it. */
  public record Neighbour(Edge edge, Node node, boolean outgoing) {}

  /** A supplier of a goods group as the evidence shows it. */
  public record Supplier(Node supplier, List<String> recipients, int claims, int independentSources,
      List<String> endUses, List<String> lists, List<String> evidence) {}

  /** Where questions find the graph to answer from. */
  @FunctionalInterface
  public interface Source {
    Graph graph();
  }

  private final Source source;

  /** Questions of one graph. */
  public GraphQueries(Graph graph) {
    this.source = () -> graph;
  }

  private GraphQueries(Source source) {
    this.source = source;
  }

  /**
   * Questions of whatever graph {@code source} holds when each question is asked, so a graph made live while the
   * server runs is answered from at once; one question always reads one graph.
   */
  public static GraphQueries live(Source source) {
    return new GraphQueries(source);
  }

  /** The graph questions are answered from now. */
  public Graph graph() {
    return source.graph();
  }

  public Node node(String id) {
    return source.graph().node(id);
  }

  /** Every edge of the given kinds. */
  public List<Edge> edges(Set<EdgeKind> kinds) {
    return source.graph().edges().stream().filter(e -> kinds.contains(e.kind())).toList();
  }

  /** Every node of a kind, in the order they were added. */
  public List<Node> nodes(NodeKind kind) {
    return source.graph().nodes().stream().filter(n -> n.kind() == kind).toList();
  }

  /** The edges a claim (or any other provenance) stands behind: those whose {@code source} is {@code source}. */
  public List<Edge> edgesFrom(String source) {
    return this.source.graph().edges().stream().filter(e -> e.source().equals(source)).toList();
  }

  /** Neighbours over edges of the given kinds (all kinds when empty). */
  public List<Neighbour> neighbours(String id, Set<EdgeKind> kinds, int limit) {
    Graph graph = source.graph();
    require(graph, id);
    List<Neighbour> out = new ArrayList<>();
    for (Edge e : graph.edgesOf(id)) {
      if (kinds.isEmpty() || kinds.contains(e.kind())) {
        boolean outgoing = e.src().equals(id);
        out.add(new Neighbour(e, graph.node(outgoing ? e.dst() : e.src()), outgoing));
        if (out.size() >= limit) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * The shortest chains of edges between two nodes, at most {@code maxHops} long, ignoring direction, one per
   * distinct sequence of nodes and relations; lists and documents are not passed through (every party on a list
   * would otherwise be two hops from every other).
   */
  public List<List<Edge>> paths(String from, String to, int maxHops, int maxPaths) {
    Graph graph = source.graph();
    require(graph, from);
    require(graph, to);
    Map<String, List<Edge>> parents = new HashMap<>();
    Map<String, Integer> depth = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    depth.put(from, 0);
    queue.add(from);
    while (!queue.isEmpty()) {
      String at = queue.poll();
      int d = depth.get(at);
      if (at.equals(to) || d >= maxHops) {
        continue;
      }
      if (!at.equals(from) && passThroughBlocked(graph.node(at))) {
        continue;
      }
      for (Edge e : graph.edgesOf(at)) {
        String next = e.src().equals(at) ? e.dst() : e.src();
        Integer seen = depth.get(next);
        if (seen == null) {
          depth.put(next, d + 1);
          queue.add(next);
        }
        if (seen == null || seen == d + 1) {
          parents.computeIfAbsent(next, k -> new ArrayList<>()).add(e);
        }
      }
    }
    List<List<Edge>> all = new ArrayList<>();
    if (depth.containsKey(to)) {
      collect(to, from, new ArrayDeque<>(), parents, all, maxPaths * 20);
    }
    Map<String, List<Edge>> distinct = new LinkedHashMap<>();
    for (List<Edge> p : all) {
      StringBuilder key = new StringBuilder();
      p.forEach(e -> key.append(e.src()).append('>').append(e.kind()).append('>').append(e.dst()).append('|'));
      distinct.putIfAbsent(key.toString(), p);
    }
    return distinct.values().stream().limit(maxPaths).toList();
  }

  private static boolean passThroughBlocked(Node n) {
    return n.kind() == NodeKind.LIST || n.kind() == NodeKind.DOCUMENT;
  }

  private void collect(String at, String from, ArrayDeque<Edge> chain, Map<String, List<Edge>> parents,
      List<List<Edge>> out, int max) {
    if (out.size() >= max) {
      return;
    }
    if (at.equals(from)) {
      out.add(List.copyOf(chain));
      return;
    }
    for (Edge e : parents.getOrDefault(at, List.of())) {
      String prev = e.src().equals(at) ? e.dst() : e.src();
      chain.addFirst(e);
      collect(prev, from, chain, parents, out, max);
      chain.removeFirst();
    }
  }

  /** Who is reported to supply {@code goodsId}, most independent sources first. */
  public List<Supplier> suppliers(String goodsId) {
    Graph graph = source.graph();
    require(graph, goodsId);
    Map<String, List<Edge>> bySupplier = new LinkedHashMap<>();
    Map<String, List<String>> recipients = new HashMap<>();
    for (Edge e : graph.edgesOf(goodsId)) {
      if (e.kind() == EdgeKind.SUPPLIES && e.dst().equals(goodsId)) {
        bySupplier.computeIfAbsent(e.src(), k -> new ArrayList<>()).add(e);
        String r = e.props().getOrDefault("recipient", "");
        if (!r.isEmpty()) {
          recipients.computeIfAbsent(e.src(), k -> new ArrayList<>()).add(r);
        }
      }
    }
    List<Supplier> out = new ArrayList<>();
    bySupplier.forEach((id, edges) -> {
      Node n = graph.node(id);
      int sources = edges.stream().mapToInt(e -> Integer.parseInt(e.props().getOrDefault("sources", "1"))).sum();
      List<String> uses = edges.stream().flatMap(e -> List.of(e.props().getOrDefault("end_uses", "").split(", "))
          .stream()).filter(s -> !s.isBlank()).distinct().toList();
      List<String> lists = graph.edgesOf(id).stream().filter(e -> e.kind() == EdgeKind.LISTED_BY)
          .map(e -> graph.node(e.dst()).label()).distinct().toList();
      out.add(new Supplier(n, recipients.getOrDefault(id, List.of()).stream().distinct()
          .map(r -> graph.node(r).label()).toList(), edges.size(), sources, uses, lists,
          edges.stream().map(Edge::evidence).distinct().limit(3).toList()));
    });
    out.sort(Comparator.comparingInt(Supplier::independentSources).reversed());
    return out;
  }

  /** Edges dated on or after {@code isoDate} (listings, reports, trade routes), newest first. */
  public List<Edge> since(String isoDate, int limit) {
    return source.graph().edges().stream().filter(e -> !e.date().isEmpty() && e.date().compareTo(isoDate) >= 0)
        .sorted(Comparator.comparing(Edge::date).reversed()).limit(limit).toList();
  }

  /** Nodes whose label contains every word of {@code text} (case-insensitive), parties and goods first. */
  public List<Node> search(String text, int limit) {
    String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
    return source.graph().nodes().stream().filter(n -> {
      String label = n.label().toLowerCase(Locale.ROOT);
      for (String w : words) {
        if (!label.contains(w)) {
          return false;
        }
      }
      return true;
    }).sorted(Comparator.comparingInt((Node n) -> n.kind().ordinal()).thenComparingInt(n -> n.label().length()))
        .limit(limit).toList();
  }

  private static void require(Graph graph, String id) {
    if (graph.node(id) == null) {
      throw new IllegalArgumentException("no node '" + id + "' in the evidence graph");
    }
  }
}
