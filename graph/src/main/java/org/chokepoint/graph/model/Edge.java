package org.chokepoint.graph.model;

import java.util.Map;

/**
 * A relation with its provenance.
 *
 * @param date ISO date or period the relation holds from ("" when unknown)
 * @param source where it comes from: a document, a list file and record, a trade file
 * @param evidence the sentence or figures behind it
 */
public record Edge(String src, String dst, EdgeKind kind, String date, String source, String evidence,
    Map<String, String> props) {
  public Edge {
    props = Map.copyOf(props);
  }
}
