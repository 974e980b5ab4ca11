package org.chokepoint.graph.model;

import java.util.Map;

/**
 * A node: a listed or reported party, a country, goods (a goods group or heading), an end use, a document, a
 * consolidated claim, or a list.
 *
 * @param id stable within a build: "country:CN", "goods:machine-tools", the list party id, "doc:FILE" …
 * @param country ISO code the node belongs to, "" when none
 */
public record Node(String id, NodeKind kind, String label, String country, Map<String, String> props) {
  public Node {
    props = Map.copyOf(props);
  }
}
