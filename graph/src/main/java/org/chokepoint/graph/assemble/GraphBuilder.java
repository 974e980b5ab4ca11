package org.chokepoint.graph.assemble;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.chokepoint.core.model.Listing;
import org.chokepoint.core.model.Party;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.groups.GoodsGroups;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.EdgeKind;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.model.NodeKind;
import org.chokepoint.reports.ReportDocument;
import org.chokepoint.reports.ReportPipeline;
import org.chokepoint.reports.extract.EntityMention;
import org.chokepoint.reports.extract.EntityType;
import org.chokepoint.reports.story.Citation;
import org.chokepoint.reports.story.ConsolidatedClaim;
import org.chokepoint.reports.story.Story;
import org.chokepoint.trade.query.GoodsFilter;
import org.chokepoint.trade.query.TradeQueries;

/**
 * Builds the evidence graph from the capabilities' outputs: listed parties and their listings, the documents, named
 * entities and consolidated claims of reports (supply, denial and the rest, each with its citations), the goods
 * groups they name, and the routes trade data shows goods taking (bloc → conduit → target). A party named in a
 * report and linked to the lists is the listed party's node, so its listings and its claims meet.
 */
public final class GraphBuilder {
  private final Graph graph = new Graph();
  private final GoodsCatalog catalog;

  public GraphBuilder(GoodsCatalog catalog) {
    this.catalog = catalog;
  }

  public Graph graph() {
    return graph;
  }

  /** Every listed party, with an edge to each list and programme it is on. */
  public GraphBuilder addParties(List<Party> parties) {
    for (Party p : parties) {
      graph.add(new Node(p.id(), NodeKind.PARTY, p.caption(), p.countries().isEmpty() ? ""
          : p.countries().getFirst().toUpperCase(Locale.ROOT), Map.of("schema", p.schema().name(), "lists",
          String.join("; ", p.listLabels()))));
      for (var e : p.entities()) {
        for (Listing l : e.listings()) {
          Node list = graph.add(new Node("list:" + l.label(), NodeKind.LIST, l.label(), "", Map.of("authority",
              l.authority())));
          graph.add(new Edge(p.id(), list.id(), EdgeKind.LISTED_BY, l.listedOn(), l.source().toString(), l.reason(),
              Map.of()));
        }
      }
    }
    return this;
  }

  /** The documents, entities and consolidated claims of a reports run. */
  public GraphBuilder addReports(ReportPipeline.Run run) {
    for (ReportDocument d : run.documents()) {
      if (!d.ok()) {
        continue;
      }
      String docId = "doc:" + d.doc();
      graph.add(new Node(docId, NodeKind.DOCUMENT, d.title().isEmpty() ? d.doc() : d.title(), "", Map.of("url",
          d.url(), "published", d.published(), "language", d.language())));
      Map<String, EntityMention> seen = new LinkedHashMap<>();
      for (EntityMention e : d.extraction().entities()) {
        seen.putIfAbsent(e.key(), e);
      }
      for (EntityMention e : seen.values()) {
        String id = entity(e.type(), e.id(), e.name(), e.country());
        String sentence = d.text().substring(e.start(), e.end());
        graph.add(new Edge(id, docId, EdgeKind.MENTIONED_IN, d.published(), d.doc() + ":" + e.start() + "-"
            + e.end(), sentence, Map.of()));
      }
    }
    for (Story s : run.stories()) {
      for (ConsolidatedClaim c : s.claims()) {
        addClaim(s, c, run);
      }
    }
    return this;
  }

  private void addClaim(Story story, ConsolidatedClaim c, ReportPipeline.Run run) {
    String claimId = "claim:" + story.id() + ":" + c.key();
    graph.add(new Node(claimId, NodeKind.CLAIM, c.summary(), "", Map.of("kind", c.kind().name(), "story",
        story.id(), "documents", String.valueOf(c.documents()), "independent_sources",
        String.valueOf(c.independentSources()), "conflicts", String.join("; ", c.conflicts()))));
    for (Citation ct : c.citations()) {
      String docId = "doc:" + ct.doc();
      if (graph.node(docId) != null) {
        graph.add(new Edge(claimId, docId, EdgeKind.CLAIMED_BY, published(run, ct.doc()), ct.doc() + ":"
            + ct.start() + "-" + ct.end(), ct.evidence(), ct.figure().isEmpty() ? Map.of() : Map.of("figure",
            ct.figure(), "qualifier", ct.qualifier(), "period", ct.period())));
      }
    }
    String actor = c.actor().isEmpty() && c.actorId().isEmpty() ? null
        : entity(c.actorId().length() == 2 ? EntityType.COUNTRY : EntityType.ORGANIZATION, c.actorId(), c.actor(), "");
    String target = c.target().isEmpty() && c.targetId().isEmpty() ? null
        : entity(c.targetId().length() == 2 ? EntityType.COUNTRY : EntityType.ORGANIZATION, c.targetId(), c.target(),
            "");
    String cite = c.citations().isEmpty() ? "" : c.citations().getFirst().doc();
    String evidence = c.citations().isEmpty() ? "" : c.citations().getFirst().evidence();
    String date = c.citations().isEmpty() ? "" : published(run, cite);
    switch (c.kind()) {
      case SUPPLY -> {
        if (goodsOnlyInSupplierName(c, evidence)) {
          return;
        }
        String goods = goods(c);
        if (actor != null) {
          graph.add(new Edge(actor, goods, EdgeKind.SUPPLIES, date, claimId, evidence, Map.of("recipient",
              target == null ? "" : target, "end_uses", String.join(", ", c.endUses()), "sources",
              String.valueOf(c.independentSources()))));
        }
        if (target != null) {
          graph.add(new Edge(goods, target, EdgeKind.SUPPLIES, date, claimId, evidence, Map.of("role", "recipient",
              "supplier", actor == null ? "" : actor)));
        }
        for (String use : c.endUses()) {
          Node u = graph.add(new Node("use:" + use, NodeKind.END_USE, use, "", Map.of()));
          graph.add(new Edge(goods, u.id(), EdgeKind.USED_IN, date, claimId, evidence, Map.of()));
        }
      }
      case DENIAL -> {
        if (actor != null) {
          graph.add(new Edge(claimId, actor, EdgeKind.DENIED_BY, date, cite, evidence, Map.of()));
        }
      }
      default -> {
        if (actor != null) {
          graph.add(new Edge(claimId, actor, EdgeKind.ABOUT, date, cite, evidence, Map.of("role", "actor")));
        }
        if (target != null) {
          graph.add(new Edge(claimId, target, EdgeKind.ABOUT, date, cite, evidence, Map.of("role", "target")));
        }
      }
    }
  }

  /**
   * Routes from trade data: for each goods group, the bloc's exports to third countries that rose while its
   * exports to the target fell (SHIPS_VIA bloc → country), and the country's trade with the target where known
   * (SHIPS_VIA country → target).
   */
  public GraphBuilder addConduits(TradeQueries queries, List<String> bloc, String blocId, String target,
      List<String> goodsGroups, int split, int months) throws SQLException {
    String blocNode = country(blocId);
    String targetNode = country(target);
    for (String group : goodsGroups) {
      var filter = GoodsFilter.parse(group, catalog);
      TradeQueries.Conduits r = queries.conduits(bloc, target, filter, split, months);
      String goodsNode = goodsGroup(group);
      for (TradeQueries.Conduit c : r.conduits()) {
        String via = country(c.country());
        String period = String.format(Locale.ROOT, "%d-%02d", split / 100, split % 100);
        String fromBloc = String.format(Locale.ROOT, "%s %s → %s %s (%+.0f%%); bloc → %s %+.0f%%", r.currency(),
            round(c.fromBloc().before()), r.currency(), round(c.fromBloc().after()), 100 * c.fromBloc().relative(),
            target, 100 * r.blocToTarget().relative());
        graph.add(new Edge(blocNode, via, EdgeKind.SHIPS_VIA, period, String.join(", ", r.coverage().sources()),
            fromBloc, Map.of("goods", goodsNode, "target", targetNode, "score", String.format(Locale.ROOT, "%.2f",
            c.score()))));
        if (c.toTarget() != null) {
          graph.add(new Edge(via, targetNode, EdgeKind.SHIPS_VIA, period, c.toTargetSource(), String.format(
              Locale.ROOT, "%s → %s", round(c.toTarget().before()), round(c.toTarget().after())), Map.of("goods",
              goodsNode, "rose", String.valueOf(c.toTarget().after() > c.toTarget().before()))));
        }
      }
    }
    return this;
  }

  /** An amount in evidence text: 1.2 bn, 3.4 m, 56 k. */
  static String round(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return String.format(Locale.ROOT, "%.1f bn", v / 1e9);
    }
    if (a >= 1e6) {
      return String.format(Locale.ROOT, "%.1f m", v / 1e6);
    }
    return a >= 1e3 ? String.format(Locale.ROOT, "%.0f k", v / 1e3) : String.format(Locale.ROOT, "%.0f", v);
  }

  private String published(ReportPipeline.Run run, String doc) {
    return run.documents().stream().filter(d -> d.doc().equals(doc)).map(ReportDocument::published).findFirst()
        .orElse("");
  }

  private String entity(EntityType type, String id, String name, String country) {
    if (type == EntityType.COUNTRY || id.length() == 2 && id.chars().allMatch(Character::isUpperCase)) {
      return country(id.isEmpty() ? name : id);
    }
    if (!id.isEmpty() && graph.node(id) != null) {
      return id;
    }
    String key = "report:" + type.name().toLowerCase(Locale.ROOT) + ":" + name.toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "-");
    graph.add(new Node(key, NodeKind.PARTY, name, country, Map.of("schema", type == EntityType.PERSON ? "PERSON"
        : "ORGANIZATION", "lists", "", "from", "reports")));
    return key;
  }

  private String country(String code) {
    String c = code.toUpperCase(Locale.ROOT);
    String name = c.equals("EU") ? "European Union" : Locale.of("", c).getDisplayCountry(Locale.ENGLISH);
    return graph.add(new Node("country:" + c, NodeKind.COUNTRY, name, c, Map.of())).id();
  }

  /**
   * Whether the claim's goods words occur in its evidence only inside the supplier's own name ("Wuhan Global Sensor
   * Technology" supplying "sensors"): such a claim names no goods of its own and draws no supply edge.
   */
  static boolean goodsOnlyInSupplierName(ConsolidatedClaim c, String evidence) {
    if (c.actor().isEmpty() || c.goods().isEmpty() || evidence.isEmpty()) {
      return false;
    }
    String actor = c.actor().toLowerCase(Locale.ROOT);
    String rest = evidence.toLowerCase(Locale.ROOT).replace(actor, " ");
    for (String g : c.goods()) {
      String word = g.toLowerCase(Locale.ROOT).replaceAll("s$", "");
      if (word.isBlank() || !actor.contains(word) || rest.contains(word)) {
        return false;
      }
    }
    return true;
  }

  private String goods(ConsolidatedClaim c) {
    if (c.goods().isEmpty()) {
      return graph.add(new Node("goods:unspecified", NodeKind.GOODS, "unspecified goods", "", Map.of())).id();
    }
    GoodsGroups.Group best = null;
    for (GoodsGroups.Group g : catalog.groups().all()) {
      if (!c.hs().isEmpty() && g.subheadings().stream().map(s -> s.substring(0, 4)).collect(
          Collectors.toSet()).equals(new HashSet<>(c.hs()))) {
        best = g;
        break;
      }
    }
    if (best != null) {
      return goodsGroup(best.id());
    }
    String name = c.goods().getFirst();
    return graph.add(new Node("goods:" + name.replaceAll("[^\\p{L}\\p{N}]+", "-"), NodeKind.GOODS, name, "",
        Map.of("hs", String.join(" ", c.hs()), "kind", c.hs().isEmpty() ? "service" : "goods"))).id();
  }

  private String goodsGroup(String id) {
    GoodsGroups.Group g = catalog.groups().get(id);
    TreeSet<String> headings = new TreeSet<>();
    TreeSet<String> tiers = new TreeSet<>();
    for (String sub : g.subheadings()) {
      headings.add(sub.substring(0, 4));
      tiers.addAll(catalog.chpl().tiersOf(sub));
    }
    return graph.add(new Node("goods:" + g.id(), NodeKind.GOODS, g.name(), "", Map.of("hs", String.join(" ",
        headings), "chpl_tiers", String.join(", ", tiers), "scope", g.scope()))).id();
  }
}
