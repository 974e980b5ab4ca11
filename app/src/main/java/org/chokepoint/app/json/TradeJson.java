package org.chokepoint.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.chokepoint.trade.check.ClaimCheck;
import org.chokepoint.trade.query.Anomaly;
import org.chokepoint.trade.query.Coverage;
import org.chokepoint.trade.query.TradeQueries;

/** The JSON of trade answers, shared by {@code trade … --json} and the HTTP API. */
public final class TradeJson {
  private TradeJson() {}

  public static ObjectNode shares(TradeQueries.Shares r) {
    ObjectNode n = MatchJson.MAPPER.createObjectNode().put("target", r.target()).put("basis",
        r.basis().name().toLowerCase(Locale.ROOT)).put("goods", r.goods()).put("currency", r.currency())
        .put("total", r.total());
    ArrayNode rows = n.putArray("shares");
    r.shares().forEach(s -> rows.addObject().put("partner", s.partner()).put("name", s.name())
        .put("value", s.value()).put("share", s.share()).put("flagged", !r.about(s.partner()).isEmpty()));
    coverage(n.putObject("coverage"), r.coverage());
    anomalies(n, r.anomalies());
    return n;
  }

  public static ArrayNode flows(List<TradeQueries.Series> series, List<Coverage> coverage) {
    ArrayNode all = MatchJson.MAPPER.createArrayNode();
    for (int i = 0; i < series.size(); i++) {
      ObjectNode n = all.addObject().put("series", series.get(i).label()).put("currency",
          series.get(i).currency());
      ArrayNode pts = n.putArray("points");
      series.get(i).points().forEach(pt -> pts.addObject().put("period", pt.period()).put("value", pt.value()));
      coverage(n.putObject("coverage"), coverage.get(i));
      anomalies(n, series.get(i).anomalies());
    }
    return all;
  }

  public static ObjectNode change(TradeQueries.ChangeResult r) {
    ObjectNode n = MatchJson.MAPPER.createObjectNode().put("question", r.question()).put("currency",
        r.currency()).put("before_from", r.before()).put("split", r.split()).put("after_to", r.after());
    ArrayNode rows = n.putArray("changes");
    r.changes().forEach(c -> rows.addObject().put("code", c.code()).put("name", c.name()).put("before",
        c.before()).put("after", c.after()).put("absolute", c.absolute()).put("relative", c.relative()));
    coverage(n.putObject("coverage"), r.coverage());
    return n;
  }

  public static ObjectNode conduits(TradeQueries.Conduits r) {
    ObjectNode n = MatchJson.MAPPER.createObjectNode().put("target", r.target()).put("goods", r.goods())
        .put("currency", r.currency());
    n.putObject("bloc_to_target").put("before", r.blocToTarget().before()).put("after",
        r.blocToTarget().after()).put("relative", r.blocToTarget().relative());
    ArrayNode rows = n.putArray("conduits");
    for (var c : r.conduits()) {
      ObjectNode o = rows.addObject().put("country", c.country()).put("name", c.fromBloc().name())
          .put("from_bloc_before", c.fromBloc().before()).put("from_bloc_after", c.fromBloc().after())
          .put("from_bloc_relative", c.fromBloc().relative()).put("to_target_source", c.toTargetSource())
          .put("score", c.score());
      if (c.toTarget() != null) {
        o.put("to_target_before", c.toTarget().before()).put("to_target_after", c.toTarget().after());
      }
    }
    coverage(n.putObject("coverage"), r.coverage());
    anomalies(n, r.evidence().stream().flatMap(e -> e.anomalies().stream()).toList());
    return n;
  }

  public static ObjectNode mirrorGap(TradeQueries.MirrorGap r) {
    ObjectNode n = MatchJson.MAPPER.createObjectNode().put("exporter", r.exporter()).put("importer", r.importer())
        .put("goods", r.goods()).put("currency", r.currency());
    ArrayNode rows = n.putArray("years");
    r.gaps().forEach(g -> rows.addObject().put("period", g.period()).put("exporter_reported",
        g.exporterReported()).put("exporter_months", g.exporterMonths()).put("importer_reported",
        g.importerReported()).put("importer_months", g.importerMonths()).put("ratio", g.ratio())
        .put("comparable", g.comparable()));
    coverage(n.putObject("exporter_coverage"), r.exporterCoverage());
    coverage(n.putObject("importer_coverage"), r.importerCoverage());
    anomalies(n, r.anomalies());
    return n;
  }

  public static ObjectNode check(ClaimCheck.Result r) {
    ObjectNode n = MatchJson.MAPPER.createObjectNode().put("verdict", r.verdict().name().toLowerCase(Locale.ROOT))
        .put("estimate", r.estimate()).put("basis", r.basis()).put("would_settle", r.wouldSettle());
    ArrayNode c = n.putArray("coverage");
    r.coverage().forEach(c::add);
    return n;
  }

  /**
   * The answer's anomalies ("look here": order-of-magnitude jumps, estimated values, mirror gaps) as
   * {@code anomalies: [{kind, subject, period, detail}]}, for the CLI, the API and the UI alike.
   */
  public static void anomalies(ObjectNode n, List<Anomaly> anomalies) {
    ArrayNode a = n.putArray("anomalies");
    anomalies.forEach(x -> a.addObject().put("kind", x.kind().name().toLowerCase(Locale.ROOT)).put("subject",
        x.subject()).put("period", x.period()).put("detail", x.detail()));
  }

  public static void coverage(ObjectNode n, Coverage c) {
    ArrayNode s = n.putArray("sources");
    c.sources().forEach(s::add);
    ArrayNode r = n.putArray("reporters");
    c.reporters().forEach(r::add);
    n.put("first", c.first()).put("last", c.last());
    ArrayNode m = n.putArray("missing");
    c.missing().forEach(m::add);
    ArrayNode notes = n.putArray("notes");
    c.notes().forEach(notes::add);
  }
}
