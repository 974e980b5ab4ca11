package org.chokepoint.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.EdgeKind;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.model.NodeKind;
import org.chokepoint.graph.query.GraphQueries;

/**
 * The supply network as an SVG drawn on the server, in columns: suppliers (countries and companies; listed ones in
 * red) → goods → recipients and military end uses; below it, the trade routes (bloc → conduit → target). Every node
 * links to its page.
 */
final class NetworkSvg {
  private static final int COLUMN = 300;
  private static final int ROW = 26;

  private static final ObjectMapper JSON = new ObjectMapper();

  private NetworkSvg() {}

  /** The edges shown, and how many undated ones a period filter left out. */
  record Selection(List<Edge> edges, int undatedLeftOut) {}

  /**
   * The supply edges shown: SUPPLIES and USED_IN, for goods whose id contains {@code goodsFilter}, from listed
   * suppliers only when asked, dated between {@code from} and {@code to} (ISO prefixes). Undated edges are kept
   * under a period filter only when {@code keepUndated}; otherwise they are counted.
   */
  static Selection select(GraphQueries graph, String goodsFilter, boolean listedOnly, String from, String to,
      boolean keepUndated) {
    String filter = goodsFilter == null ? "" : goodsFilter.strip().toLowerCase(Locale.ROOT);
    String lo = from == null ? "" : from.strip();
    String hi = to == null || to.isBlank() ? "" : to.strip() + "\uffff";
    boolean period = !lo.isEmpty() || !hi.isEmpty();
    int undated = 0;
    List<Edge> supplies = new ArrayList<>();
    for (Edge e : graph.edges(EnumSet.of(EdgeKind.SUPPLIES, EdgeKind.USED_IN))) {
      String goodsId = supplierEdge(e) ? e.dst() : e.src();
      if (!filter.isEmpty() && !goodsId.toLowerCase(Locale.ROOT).contains(filter)
          && !graph.node(goodsId).label().toLowerCase(Locale.ROOT).contains(filter)) {
        continue;
      }
      if (period && e.date().isEmpty()) {
        if (!keepUndated) {
          undated++;
          continue;
        }
      } else if (period && (e.date().compareTo(lo) < 0 || !hi.isEmpty() && e.date().compareTo(hi) > 0)) {
        continue;
      }
      if (listedOnly && supplierEdge(e)) {
        Node supplier = graph.node(e.src());
        if (supplier.kind() != NodeKind.PARTY || supplier.props().getOrDefault("lists", "").isBlank()) {
          continue;
        }
      }
      supplies.add(e);
    }
    Set<String> goods = new LinkedHashSet<>();
    for (Edge e : supplies) {
      if (supplierEdge(e)) {
        goods.add(e.dst());
      }
    }
    return new Selection(supplies.stream().filter(e -> supplierEdge(e) || goods.contains(e.src())).toList(),
        undated);
  }

  static boolean supplierEdge(Edge e) {
    return e.kind() == EdgeKind.SUPPLIES && e.props().containsKey("recipient");
  }

  /** The same edges as cytoscape.js elements: nodes with kind and list status, edges with kind. */
  static String elements(GraphQueries graph, List<Edge> edges) {
    ArrayNode out = JSON.createArrayNode();
    Set<String> nodes = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Edge e : edges) {
      nodes.add(e.src());
      nodes.add(e.dst());
    }
    for (String id : nodes) {
      Node n = graph.node(id);
      boolean listed = n.kind() == NodeKind.PARTY && !n.props().getOrDefault("lists", "").isBlank();
      out.addObject().putObject("data").put("id", id).put("label", n.label()).put("kind",
          n.kind().name().toLowerCase(Locale.ROOT)).put("listed", listed).put("href", Html.nodeHref(id));
    }
    for (Edge e : edges) {
      if (seen.add(e.src() + ">" + e.dst())) {
        out.addObject().putObject("data").put("id", "e" + seen.size()).put("source", e.src()).put("target", e.dst())
            .put("kind", e.kind().name());
      }
    }
    return out.toString();
  }

  static String draw(GraphQueries graph, List<Edge> supplies) {
    Set<String> suppliers = new LinkedHashSet<>();
    Set<String> goods = new LinkedHashSet<>();
    Set<String> targets = new LinkedHashSet<>();
    for (Edge e : supplies) {
      if (e.kind() == EdgeKind.SUPPLIES && e.props().containsKey("recipient")) {
        suppliers.add(e.src());
        goods.add(e.dst());
      }
    }
    List<Edge> kept = new ArrayList<>();
    for (Edge e : supplies) {
      boolean supplierEdge = e.kind() == EdgeKind.SUPPLIES && e.props().containsKey("recipient");
      if (supplierEdge || goods.contains(e.src())) {
        kept.add(e);
        if (!supplierEdge) {
          targets.add(e.dst());
        }
      }
    }
    Map<String, double[]> at = new LinkedHashMap<>();
    place(at, suppliers, 20);
    place(at, goods, 20 + COLUMN);
    place(at, targets, 20 + 2 * COLUMN);
    int height = 40 + ROW * Math.max(1, Math.max(suppliers.size(), Math.max(goods.size(), targets.size())));
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" width=\""
        + (3 * COLUMN + 220) + "\" height=\"" + height + "\" font-family=\"sans-serif\" font-size=\"12\">\n");
    svg.append("<text x=\"20\" y=\"14\" font-weight=\"bold\">suppliers</text><text x=\"").append(20 + COLUMN)
        .append("\" y=\"14\" font-weight=\"bold\">goods</text><text x=\"").append(20 + 2 * COLUMN)
        .append("\" y=\"14\" font-weight=\"bold\">recipients and end uses</text>\n");
    Set<String> drawn = new LinkedHashSet<>();
    for (Edge e : kept) {
      double[] a = at.get(e.src());
      double[] b = at.get(e.dst());
      if (a == null || b == null || !drawn.add(e.src() + ">" + e.dst())) {
        continue;
      }
      svg.append(String.format(Locale.ROOT, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"%s\" "
          + "stroke-opacity=\"0.5\"/>%n", a[0] + 200, a[1] - 4, b[0], b[1] - 4, e.kind() == EdgeKind.USED_IN
          ? "#d62728" : "#1f77b4"));
    }
    for (Map.Entry<String, double[]> p : at.entrySet()) {
      Node n = graph.node(p.getKey());
      boolean listed = n.kind() == NodeKind.PARTY && !n.props().getOrDefault("lists", "").isBlank();
      String colour = switch (n.kind()) {
        case COUNTRY -> "#2ca02c";
        case GOODS -> "#ff7f0e";
        case END_USE -> "#d62728";
        default -> listed ? "#b00020" : "#555";
      };
      String label = n.label().length() > 34 ? n.label().substring(0, 33) + "…" : n.label();
      svg.append("<a href=\"").append(Html.esc(Html.nodeHref(n.id()))).append("\"><title>").append(Html.esc(n.label()))
          .append("</title><circle cx=\"")
          .append(fmt(p.getValue()[0])).append("\" cy=\"").append(fmt(p.getValue()[1] - 4)).append("\" r=\"5\" fill=\"")
          .append(colour).append("\"/><text x=\"").append(fmt(p.getValue()[0] + 9)).append("\" y=\"")
          .append(fmt(p.getValue()[1])).append("\" fill=\"").append(listed ? "#8a0018" : "#1f2328").append("\">")
          .append(Html.esc(label))
          .append(listed ? " (listed)" : "").append("</text></a>\n");
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** The trade routes as a table: bloc → conduit → target, with the goods and the figures behind each. */
  static String routes(GraphQueries graph) {
    List<Edge> ships = graph.edges(EnumSet.of(EdgeKind.SHIPS_VIA));
    if (ships.isEmpty()) {
      return "<p class=\"note\">No trade routes: import trade data and rebuild the graph.</p>\n";
    }
    StringBuilder html = new StringBuilder("<table class=\"routes\"><thead><tr>"
        + "<th scope=\"col\">from</th><th scope=\"col\">via / to</th><th scope=\"col\">goods</th><th scope=\"col\">"
        + "evidence</th><th scope=\"col\">source</th></tr></thead><tbody>\n");
    for (Edge e : ships) {
      Node goods = graph.node(e.props().getOrDefault("goods", ""));
      html.append("<tr><td>").append(Html.node(e.src(), graph.node(e.src()).label())).append("</td><td>")
          .append(Html.node(e.dst(), graph.node(e.dst()).label())).append("</td><td>")
          .append(goods == null ? "" : Html.node(goods.id(), goods.label())).append("</td><td>").append(Html.esc(e.evidence()))
          .append("</td><td>").append(Html.src(e.source())).append("</td></tr>\n");
    }
    return html.append("</tbody></table>\n").toString();
  }

  private static void place(Map<String, double[]> at, Set<String> ids, double x) {
    int i = 0;
    for (String id : ids) {
      at.put(id, new double[] {x, 40 + ROW * i++});
    }
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }
}
