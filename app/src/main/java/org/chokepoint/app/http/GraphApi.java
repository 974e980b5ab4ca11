package org.chokepoint.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Set;
import org.chokepoint.app.json.GraphJson;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.workspace.ScreeningRequest;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.query.GraphQueries;

/**
 * The evidence graph over HTTP: {@code /graph/nodes/{id}}, {@code /graph/search}, {@code /graph/path}, {@code
 * /graph/suppliers} and {@code /graph/since}. Each request reads one snapshot of the live graph.
 */
final class GraphApi {
  private final Services services;

  GraphApi(Services services) {
    this.services = services;
  }

  void register(JavalinConfig config) {
    config.routes.get("/graph/nodes/{id}", this::node);
    config.routes.get("/graph/search", this::search);
    config.routes.get("/graph/path", this::path);
    config.routes.get("/graph/suppliers", this::suppliers);
    config.routes.get("/graph/since", this::since);
  }

  private void node(Context ctx) {
    GraphQueries graph = services.graph();
    Node n = graph.node(ctx.pathParam("id"));
    if (n == null) {
      throw new ApiProblem.NotFound("no node " + ctx.pathParam("id"));
    }
    ObjectNode o = GraphJson.node(n);
    ArrayNode arr = o.putArray("neighbours");
    graph.neighbours(n.id(), Set.of(), 200).forEach(nb -> arr.add(GraphJson.neighbour(nb)));
    Requests.json(ctx, o);
  }

  private void search(Context ctx) {
    String q = Requests.required(ctx, "q", 200, "");
    ArrayNode out = MatchJson.MAPPER.createArrayNode();
    services.graph().search(q, 25).forEach(n -> out.add(GraphJson.node(n)));
    Requests.json(ctx, out);
  }

  private void path(Context ctx) {
    String from = Requests.required(ctx, "from", 500, "");
    String to = Requests.required(ctx, "to", 500, "");
    int hops = Requests.integer(ctx, "max_hops", 4, 1, 6);
    GraphQueries graph = services.graph();
    ArrayNode out = MatchJson.MAPPER.createArrayNode();
    for (var p : graph.paths(from, to, hops, 10)) {
      ArrayNode chain = out.addArray();
      p.forEach(e -> chain.add(GraphJson.edge(e)));
    }
    Requests.json(ctx, out);
  }

  private void suppliers(Context ctx) {
    String goods = Requests.required(ctx, "goods", 200, " (goods:machine-tools …)");
    ArrayNode out = MatchJson.MAPPER.createArrayNode();
    for (var s : services.graph().suppliers(goods.startsWith("goods:") ? goods : "goods:" + goods)) {
      ObjectNode o = out.addObject();
      o.set("supplier", GraphJson.node(s.supplier()));
      o.put("claims", s.claims()).put("independent_sources", s.independentSources());
      s.recipients().forEach(o.withArray("recipients")::add);
      s.endUses().forEach(o.withArray("end_uses")::add);
      s.lists().forEach(o.withArray("lists")::add);
      s.evidence().forEach(o.withArray("evidence")::add);
    }
    Requests.json(ctx, out);
  }

  private void since(Context ctx) {
    String date = ctx.queryParam("date");
    if (date == null || !ScreeningRequest.isDate(date)) {
      throw new ApiProblem.BadRequest("query parameter 'date' must be an ISO date (2024-04-01, 2024-04 or 2024)");
    }
    int limit = Requests.integer(ctx, "limit", 200, 1, 1000);
    ArrayNode out = MatchJson.MAPPER.createArrayNode();
    services.graph().since(date, limit).forEach(e -> out.add(GraphJson.edge(e)));
    Requests.json(ctx, out);
  }
}
