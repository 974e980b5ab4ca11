package org.chokepoint.graph.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The evidence graph in memory: nodes by id and edges with adjacency in both directions. */
public final class Graph {
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Edge> edges = new ArrayList<>();
  private final Map<String, List<Edge>> adjacency = new HashMap<>();

  /** Adds a node; a node already present keeps its first version. */
  public Node add(Node n) {
    return nodes.computeIfAbsent(n.id(), k -> n);
  }

  /** Adds an edge between two nodes that must exist. */
  public void add(Edge e) {
    if (!nodes.containsKey(e.src()) || !nodes.containsKey(e.dst())) {
      throw new IllegalArgumentException("edge " + e.kind() + " " + e.src() + " → " + e.dst() + ": unknown node");
    }
    edges.add(e);
    adjacency.computeIfAbsent(e.src(), k -> new ArrayList<>()).add(e);
    adjacency.computeIfAbsent(e.dst(), k -> new ArrayList<>()).add(e);
  }

  public Node node(String id) {
    return nodes.get(id);
  }

  public Collection<Node> nodes() {
    return nodes.values();
  }

  public List<Edge> edges() {
    return edges;
  }

  /** Every edge touching {@code id}, in either direction. */
  public List<Edge> edgesOf(String id) {
    return adjacency.getOrDefault(id, List.of());
  }
}
