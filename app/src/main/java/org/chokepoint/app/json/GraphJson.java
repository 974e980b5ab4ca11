package org.chokepoint.app.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.query.GraphQueries;

/** The JSON of graph nodes and edges, shared by {@code graph … --json} and the HTTP API. */
public final class GraphJson {
  private GraphJson() {}

  public static ObjectNode node(Node n) {
    ObjectNode o = MatchJson.MAPPER.createObjectNode().put("id", n.id()).put("kind", n.kind().name())
        .put("label", n.label()).put("country", n.country());
    ObjectNode p = o.putObject("props");
    n.props().forEach(p::put);
    return o;
  }

  public static ObjectNode edge(Edge e) {
    ObjectNode o = MatchJson.MAPPER.createObjectNode().put("src", e.src()).put("dst", e.dst())
        .put("kind", e.kind().name()).put("date", e.date()).put("source", e.source()).put("evidence", e.evidence());
    ObjectNode p = o.putObject("props");
    e.props().forEach(p::put);
    return o;
  }

  public static ObjectNode neighbour(GraphQueries.Neighbour nb) {
    ObjectNode o = MatchJson.MAPPER.createObjectNode().put("direction", nb.outgoing() ? "out" : "in");
    o.set("edge", edge(nb.edge()));
    o.set("node", node(nb.node()));
    return o;
  }
}
