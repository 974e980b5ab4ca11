package org.chokepoint.app.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.EdgeKind;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.model.NodeKind;
import org.chokepoint.graph.query.GraphQueries;

/**
 * The claims about a set of nodes, each once: a claim reached over several edges, or the same statement made by two
 * stories on the same citations, is listed one time. Long citation lists are folded.
 */
final class Claims {
  /** Citations shown before the rest are folded into a {@code <details>}. */
  static final int SHOWN_CITATIONS = 2;

  private Claims() {}

  /** The distinct claims about any of {@code nodeIds}, in the order first met. */
  static List<Node> about(GraphQueries graph, Collection<String> nodeIds) {
    Map<String, Node> byStatement = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String id : nodeIds) {
      if (graph.node(id) == null) {
        continue;
      }
      for (var nb : graph.neighbours(id, EnumSet.of(EdgeKind.SUPPLIES, EdgeKind.USED_IN, EdgeKind.ABOUT,
          EdgeKind.DENIED_BY), 500)) {
        Edge e = nb.edge();
        String claimId = e.kind() == EdgeKind.SUPPLIES || e.kind() == EdgeKind.USED_IN ? e.source() : e.src();
        if (!seen.add(claimId)) {
          continue;
        }
        Node claim = graph.node(claimId);
        if (claim == null || claim.kind() != NodeKind.CLAIM) {
          continue;
        }
        byStatement.putIfAbsent(claim.label() + "\u0000" + citationKey(graph, claimId), claim);
      }
    }
    return List.copyOf(byStatement.values());
  }

  private static String citationKey(GraphQueries graph, String claimId) {
    List<String> keys = new ArrayList<>();
    for (var nb : graph.neighbours(claimId, EnumSet.of(EdgeKind.CLAIMED_BY), 1000)) {
      keys.add(nb.edge().source() + "|" + nb.edge().evidence());
    }
    keys.sort(null);
    return String.join("\n", keys);
  }

  /** A section listing the claims: kind, statement (linked to the claim's page), sources, conflicts, citations. */
  static void section(Html h, GraphQueries graph, Collection<String> nodeIds, String heading, String empty) {
    h.h2(heading);
    List<Node> claims = about(graph, nodeIds);
    if (claims.isEmpty()) {
      h.note(empty);
      return;
    }
    h.raw("<ul class=\"claims\">");
    for (Node claim : claims) {
      String conflicts = claim.props().getOrDefault("conflicts", "");
      h.raw("<li><span class=\"badge\">" + Html.esc(claim.props().getOrDefault("kind", "")) + "</span> "
          + Html.node(claim.id(), claim.label()) + " <span class=\"muted\">" + sources(claim) + "</span>" + (conflicts.isEmpty() ? ""
          : "<br><span class=\"conflict\">" + Html.esc(conflicts) + "</span>") + citations(graph, claim.id())
          + "</li>\n");
    }
    h.raw("</ul>\n");
  }

  private static String sources(Node claim) {
    String n = claim.props().getOrDefault("independent_sources", "");
    return n.isEmpty() ? "" : n + (n.equals("1") ? " independent source" : " independent sources");
  }

  /** The citations of a claim as quotes linked to their documents, all but the first few folded. */
  static String citations(GraphQueries graph, String claimId) {
    List<String> quotes = new ArrayList<>();
    for (var nb : graph.neighbours(claimId, EnumSet.of(EdgeKind.CLAIMED_BY), 1000)) {
      quotes.add(quote(nb.edge().evidence(), nb.node().id(), nb.node().label(), nb.edge().date()));
    }
    return fold(quotes);
  }

  static String quote(String evidence, String docNode, String docLabel, String date) {
    return "<blockquote>" + Html.esc(evidence) + " <cite>" + Html.node(docNode, docLabel)
        + (date.isEmpty() ? "" : ", " + Html.esc(date)) + "</cite></blockquote>";
  }

  /** Quotes with all but the first {@link #SHOWN_CITATIONS} inside a {@code <details>}. */
  static String fold(List<String> quotes) {
    if (quotes.size() <= SHOWN_CITATIONS + 1) {
      return String.join("", quotes);
    }
    return String.join("", quotes.subList(0, SHOWN_CITATIONS)) + "<details><summary>" + (quotes.size()
        - SHOWN_CITATIONS) + " more citations</summary>" + String.join("", quotes.subList(SHOWN_CITATIONS,
        quotes.size())) + "</details>";
  }
}
