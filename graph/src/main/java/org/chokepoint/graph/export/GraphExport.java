package org.chokepoint.graph.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.model.Node;

/**
 * Writes the evidence graph for other tools: FollowTheMoney-style JSON lines (entities, and each edge as an
 * {@code UnknownLink} with its role, date, source and evidence), CSV tables of nodes and edges, and GraphML for
 * network tools (Gephi, yEd, Cytoscape).
 */
public final class GraphExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GraphExport() {}

  public static void ftm(Graph g, Writer out) throws IOException {
    for (Node n : g.nodes()) {
      ObjectNode e = JSON.createObjectNode().put("id", n.id()).put("schema", schema(n));
      ObjectNode p = e.putObject("properties");
      p.putArray("name").add(n.label());
      if (!n.country().isEmpty()) {
        p.putArray(n.kind().name().equals("COUNTRY") ? "code" : "country").add(n.country().toLowerCase(Locale.ROOT));
      }
      n.props().forEach((k, v) -> {
        if (!v.isBlank()) {
          p.putArray(k).add(v);
        }
      });
      out.write(e.toString());
      out.write('\n');
    }
    int i = 0;
    for (Edge ed : g.edges()) {
      ObjectNode e = JSON.createObjectNode().put("id", "link-" + i++).put("schema", "UnknownLink");
      ObjectNode p = e.putObject("properties");
      p.putArray("subject").add(ed.src());
      p.putArray("object").add(ed.dst());
      p.putArray("role").add(ed.kind().name());
      if (!ed.date().isEmpty()) {
        p.putArray("startDate").add(ed.date());
      }
      p.putArray("sourceUrl").add(ed.source());
      if (!ed.evidence().isEmpty()) {
        p.putArray("summary").add(ed.evidence());
      }
      out.write(e.toString());
      out.write('\n');
    }
  }

  private static String schema(Node n) {
    return switch (n.kind()) {
      case PARTY -> switch (n.props().getOrDefault("schema", "")) {
        case "PERSON" -> "Person";
        case "COMPANY" -> "Company";
        case "VESSEL" -> "Vessel";
        case "AIRPLANE" -> "Airplane";
        default -> "Organization";
      };
      case COUNTRY -> "Country";
      case DOCUMENT -> "Article";
      case CLAIM -> "Note";
      case GOODS, END_USE, LIST -> "Thing";
    };
  }

  public static void csv(Graph g, Writer nodes, Writer edges) throws IOException {
    nodes.write("id,kind,label,country\n");
    for (Node n : g.nodes()) {
      row(nodes, List.of(n.id(), n.kind().name(), n.label(), n.country()));
    }
    edges.write("src,dst,kind,date,source,evidence\n");
    for (Edge e : g.edges()) {
      row(edges, List.of(e.src(), e.dst(), e.kind().name(), e.date(), e.source(), e.evidence()));
    }
  }

  private static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      String c = cells.get(i) == null ? "" : cells.get(i);
      w.write(c.matches(".*[\",\\n\\r].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    w.write('\n');
  }

  public static void graphml(Graph g, Writer out) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    for (String[] key : new String[][] {{"label", "node"}, {"kind", "node"}, {"country", "node"}, {"kind", "edge"},
        {"date", "edge"}, {"source", "edge"}, {"evidence", "edge"}}) {
      out.write("  <key id=\"" + key[1] + "_" + key[0] + "\" for=\"" + key[1] + "\" attr.name=\"" + key[0]
          + "\" attr.type=\"string\"/>\n");
    }
    out.write("  <graph edgedefault=\"directed\">\n");
    for (Node n : g.nodes()) {
      out.write("    <node id=\"" + xml(n.id()) + "\">" + data("node_label", n.label()) + data("node_kind",
          n.kind().name()) + data("node_country", n.country()) + "</node>\n");
    }
    for (Edge e : g.edges()) {
      out.write("    <edge source=\"" + xml(e.src()) + "\" target=\"" + xml(e.dst()) + "\">" + data("edge_kind",
          e.kind().name()) + data("edge_date", e.date()) + data("edge_source", e.source()) + data("edge_evidence",
          e.evidence()) + "</edge>\n");
    }
    out.write("  </graph>\n</graphml>\n");
  }

  private static String data(String key, String value) {
    return value == null || value.isEmpty() ? "" : "<data key=\"" + key + "\">" + xml(value) + "</data>";
  }

  private static String xml(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
