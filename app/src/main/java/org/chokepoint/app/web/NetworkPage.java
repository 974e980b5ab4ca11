package org.chokepoint.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.EdgeKind;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.query.GraphQueries;

/**
 * The supply network: filters (goods, reporting period, listed suppliers), the network drawn by cytoscape.js where
 * JavaScript runs and as a server-drawn SVG where it does not, the relations as a table (undated ones marked), and
 * the trade routes.
 */
final class NetworkPage {
  private final GraphQueries graph;

  NetworkPage(GraphQueries graph) {
    this.graph = graph;
  }

  private record Filter(String goods, boolean listedOnly, String from, String to, boolean keepUndated) {
    static Filter of(Context ctx) {
      return new Filter(ctx.queryParam("goods"), "on".equals(ctx.queryParam("listed")), ctx.queryParam("from"),
          ctx.queryParam("to"), "on".equals(ctx.queryParam("undated")));
    }

    boolean period() {
      return from != null && !from.isBlank() || to != null && !to.isBlank();
    }

    NetworkSvg.Selection select(GraphQueries graph) {
      return NetworkSvg.select(graph, goods, listedOnly, from, to, keepUndated);
    }
  }

  void page(Context ctx) {
    Html h = new Html().page("Supply network");
    if (graph == null) {
      WebUi.html(ctx, h.p("The evidence graph is not built: run chokepoint graph build.").end());
      return;
    }
    Filter f = Filter.of(ctx);
    h.raw("<form method=\"get\" class=\"filters\"><label>goods <input name=\"goods\" value=\""
        + Html.esc(f.goods() == null ? "" : f.goods()) + "\" placeholder=\"machine-tools\"></label> "
        + "<label>reported from <input name=\"from\" value=\"" + Html.esc(f.from() == null ? "" : f.from())
        + "\" placeholder=\"2024-01\"></label> <label>to <input name=\"to\" value=\"" + Html.esc(f.to() == null ? ""
        : f.to()) + "\" placeholder=\"2024-12\"></label> <label><input type=\"checkbox\" name=\"listed\""
        + (f.listedOnly() ? " checked" : "") + "> listed suppliers only</label> <label><input type=\"checkbox\" "
        + "name=\"undated\"" + (f.keepUndated() ? " checked" : "") + "> keep undated claims in a period</label> "
        + "<button>Filter</button></form>\n");
    NetworkSvg.Selection selection = f.select(graph);
    List<Edge> edges = selection.edges();
    StringBuilder summary = new StringBuilder(edges.size() + " relations shown.");
    if (f.period() && selection.undatedLeftOut() > 0) {
      summary.append(' ').append(selection.undatedLeftOut()).append(" relations without a date were left out by the "
          + "period filter; tick “keep undated claims” to see them, marked “undated”.");
    }
    h.p(summary.toString());
    h.note("Green: countries; orange: goods; red: end uses and listed companies. Click a node to open its page.");
    h.raw("<div id=\"cy\" hidden data-src=\"/ui/network.json?" + Html.esc(ctx.queryString() == null ? ""
        : ctx.queryString()) + "\"></div>\n<div id=\"network-svg\" class=\"network-svg\">"
        + NetworkSvg.draw(graph, edges) + "</div>\n<script src=\"/ui/assets/cytoscape.min.js\"></script>\n"
        + "<script src=\"/ui/assets/network.js\"></script>\n");
    h.h2("Relations");
    List<List<String>> rows = new ArrayList<>();
    for (Edge e : edges) {
      Node src = graph.node(e.src());
      Node dst = graph.node(e.dst());
      String relation = e.kind() == EdgeKind.USED_IN ? "used in" : NetworkSvg.supplierEdge(e) ? "supplies"
          : "supplied to";
      Node claim = graph.node(e.source());
      rows.add(List.of(Html.node(src.id(), src.label()), Html.esc(relation), Html.node(dst.id(), dst.label()),
          e.date().isEmpty() ? "<span class=\"badge undated\">undated</span>" : Html.esc(e.date()),
          claim == null ? Html.esc(e.source()) : Html.node(claim.id(), claim.label())));
    }
    h.table(List.of("from", "relation", "to", "reported", "claim"), rows, "relations", "No relations match.");
    h.h2("Trade routes (bloc → conduit → target)");
    h.raw(NetworkSvg.routes(graph));
    WebUi.html(ctx, h.end());
  }

  void json(Context ctx) {
    if (graph == null) {
      ctx.status(400).contentType("application/json").result("[]");
      return;
    }
    ctx.contentType("application/json").result(NetworkSvg.elements(graph, Filter.of(ctx).select(graph).edges()));
  }
}
