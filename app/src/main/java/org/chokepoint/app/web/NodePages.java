package org.chokepoint.app.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.Listing;
import org.chokepoint.core.model.Party;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.EdgeKind;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.model.NodeKind;
import org.chokepoint.graph.query.GraphQueries;
import org.chokepoint.lists.screen.Screener;
import org.chokepoint.reports.ReportDocument;
import org.chokepoint.reports.ReportStore;

/**
 * The page of one node of the evidence graph (or of a listed party when the graph is not built): a party with its
 * listings and names, a claim with its evidence and what it is about, a document with its text and claims, a
 * country with its trade role, and for every node the claims about it and its neighbourhood.
 */
final class NodePages {
  /** Most neighbours listed on a page. */
  static final int NEIGHBOURS = 150;

  private final Screener screener;
  private final GraphQueries graph;
  private final ReportStore reports;
  private final TradeCharts charts;

  NodePages(Screener screener, GraphQueries graph, ReportStore reports, TradeCharts charts) {
    this.screener = screener;
    this.graph = graph;
    this.reports = reports;
    this.charts = charts;
  }

  void node(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Node n = graph == null ? null : graph.node(id);
    Party party = screener.index().party(id);
    if (n == null && party == null) {
      WebUi.notFound(ctx, "Nothing has the id " + id + ".");
      return;
    }
    Html h = new Html().page(n != null ? n.label() : party.caption());
    if (n != null) {
      h.raw("<p class=\"breadcrumb\"><span class=\"badge\">" + Html.esc(kindName(n.kind())) + "</span>"
          + (n.country().isEmpty() || n.kind() == NodeKind.COUNTRY ? "" : " " + Html.node("country:" + n.country(),
          n.country())) + "</p>\n");
    }
    if (party != null) {
      partySection(h, party);
    }
    if (n != null) {
      switch (n.kind()) {
        case CLAIM -> claim(h, n);
        case DOCUMENT -> document(h, n);
        case GOODS -> {
          goodsLinks(h, n);
          Claims.section(h, graph, List.of(n.id()), "Claims about it", "No report makes a claim about it.");
        }
        case COUNTRY -> {
          Claims.section(h, graph, List.of(n.id()), "Claims about it", "No report makes a claim about it.");
          if (n.country().length() == 2 && charts.available()) {
            charts.countryRole(h, n.country());
          }
        }
        default -> Claims.section(h, graph, List.of(n.id()), "Claims about it", "No report makes a claim about it.");
      }
      neighbourhood(h, n);
    }
    WebUi.html(ctx, h.end());
  }

  /** Links from a goods node to its goods group page, or to the HS headings it names. */
  private static void goodsLinks(Html h, Node n) {
    if (n.props().containsKey("scope")) {
      h.raw("<p>" + Html.link("/ui/goods/" + Html.path(n.id().substring("goods:".length())), "Goods group page: HS "
          + "codes, CHPL tiers, suppliers and trade") + "</p>\n");
      return;
    }
    List<String> headings = new ArrayList<>();
    for (String hs : n.props().getOrDefault("hs", "").split(" ")) {
      if (hs.matches("\\d{2}|\\d{4}|\\d{6}")) {
        headings.add(Html.link("/ui/goods/" + hs, "HS " + hs));
      }
    }
    h.raw("<p>" + (headings.isEmpty() ? Html.esc("No HS code: " + n.props().getOrDefault("kind", "goods")
        + " named in reports.") : "HS headings: " + String.join(", ", headings)) + "</p>\n");
  }

  static String kindName(NodeKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private void partySection(Html h, Party party) {
    h.h2("Listings");
    List<List<String>> rows = new ArrayList<>();
    for (Entity e : party.entities()) {
      for (Listing l : e.listings()) {
        String list = graph != null && graph.node("list:" + l.label()) != null ? Html.node("list:" + l.label(),
            l.label()) : Html.esc(l.label());
        rows.add(List.of(Html.esc(l.authority()), list, Html.esc(l.listedOn()), Html.esc(l.reason()),
            Html.src(l.source().toString())));
      }
    }
    h.table(List.of("authority", "list and programme", "listed on", "reason", "source"), rows, "listings",
        "Not on any loaded list.");
    h.h2("Names and identifiers");
    List<List<String>> names = new ArrayList<>();
    party.names().forEach(nm -> names.add(List.of(Html.esc(nm.value()), Html.esc(nm.kind().name()
        .toLowerCase(Locale.ROOT)))));
    party.identifiers().forEach(i -> names.add(List.of(Html.esc(i.value()), Html.esc(i.type()))));
    h.table(List.of("name or identifier", "kind"), names, "names");
  }

  private void claim(Html h, Node claim) throws IOException {
    String storyId = claim.props().getOrDefault("story", "");
    String story = storyId;
    if (reports != null && !storyId.isEmpty()) {
      story = reports.story(storyId).map(StoryPages::title).orElse(storyId);
    }
    String conflicts = claim.props().getOrDefault("conflicts", "");
    h.raw("<dl class=\"facts\"><dt>kind</dt><dd>" + Html.esc(claim.props().getOrDefault("kind", "")
        .toLowerCase(Locale.ROOT)) + "</dd><dt>story</dt><dd>" + (storyId.isEmpty() ? "none" : Html.link(
        "/ui/story/" + Html.path(storyId), story)) + "</dd><dt>documents</dt><dd>" + Html.esc(claim.props()
        .getOrDefault("documents", "")) + " (" + Html.esc(claim.props().getOrDefault("independent_sources", ""))
        + " independent)</dd><dt>conflicts</dt><dd>" + (conflicts.isEmpty() ? "none found" : "<span class=\"conflict"
        + "\">" + Html.esc(conflicts) + "</span>") + "</dd></dl>\n");
    h.h2("What it is about");
    Map<String, String> about = new LinkedHashMap<>();
    for (Edge e : graph.edgesFrom(claim.id())) {
      switch (e.kind()) {
        case SUPPLIES -> {
          if (e.props().containsKey("recipient")) {
            about.putIfAbsent(e.src(), "supplier");
            about.putIfAbsent(e.dst(), "goods");
          } else {
            about.putIfAbsent(e.src(), "goods");
            about.putIfAbsent(e.dst(), "recipient");
          }
        }
        case USED_IN -> {
          about.putIfAbsent(e.src(), "goods");
          about.putIfAbsent(e.dst(), "end use");
        }
        default -> { }
      }
    }
    for (var nb : graph.neighbours(claim.id(), EnumSet.of(EdgeKind.ABOUT, EdgeKind.DENIED_BY), 50)) {
      about.putIfAbsent(nb.node().id(), nb.edge().kind() == EdgeKind.DENIED_BY ? "denied by"
          : nb.edge().props().getOrDefault("role", "about"));
    }
    List<List<String>> rows = new ArrayList<>();
    about.forEach((id, role) -> {
      Node n = graph.node(id);
      rows.add(List.of(Html.esc(role), Html.node(id, n.label()), Html.esc(kindName(n.kind())),
          Html.esc(n.props().getOrDefault("lists", ""))));
    });
    h.table(List.of("role", "who or what", "kind", "lists"), rows, "about", "The claim names no party or goods.");
    h.h2("Evidence");
    List<String> quotes = new ArrayList<>();
    for (var nb : graph.neighbours(claim.id(), EnumSet.of(EdgeKind.CLAIMED_BY), 1000)) {
      String figure = nb.edge().props().getOrDefault("figure", "");
      quotes.add(Claims.quote(nb.edge().evidence() + (figure.isEmpty() ? "" : " [" + figure + "]"),
          nb.node().id(), nb.node().label(), nb.edge().date()));
    }
    h.raw(quotes.isEmpty() ? "<p class=\"note\">No citation is stored for this claim.</p>" : Claims.fold(quotes));
  }

  private void document(Html h, Node doc) throws IOException {
    String name = doc.id().substring("doc:".length());
    String url = doc.props().getOrDefault("url", "");
    h.raw("<dl class=\"facts\"><dt>file</dt><dd>" + Html.esc(name) + "</dd><dt>published</dt><dd>"
        + Html.esc(doc.props().getOrDefault("published", "").isEmpty() ? "unknown" : doc.props().get("published"))
        + "</dd><dt>language</dt><dd>" + Html.esc(doc.props().getOrDefault("language", "")) + "</dd><dt>address</dt>"
        + "<dd>" + (url.isEmpty() ? "none given" : Html.external(url, url)) + "</dd></dl>\n");
    Map<String, List<String>> bySentence = new LinkedHashMap<>();
    for (var nb : graph.neighbours(doc.id(), EnumSet.of(EdgeKind.CLAIMED_BY), 500)) {
      List<String> claims = bySentence.computeIfAbsent(nb.edge().evidence(), k -> new ArrayList<>());
      String link = Html.node(nb.node().id(), nb.node().label());
      if (!claims.contains(link)) {
        claims.add(link);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    bySentence.forEach((sentence, claims) -> rows.add(List.of("<blockquote>" + Html.esc(sentence) + "</blockquote>",
        "<ul><li>" + String.join("</li><li>", claims) + "</li></ul>")));
    h.h2("Claims it makes");
    h.table(List.of("sentence", "claims"), rows, "claims", "No claim was extracted from this document.");
    ReportDocument text = null;
    if (reports != null) {
      text = reports.run().documents().stream().filter(d -> d.doc().equals(name)).findFirst().orElse(null);
    }
    h.h2("Text");
    if (text == null || text.text().isEmpty()) {
      h.note("The text of this document is not stored.");
    } else {
      h.raw("<div class=\"doctext\">" + Html.esc(text.text()) + "</div>\n");
    }
  }

  private void neighbourhood(Html h, Node n) {
    h.h2("Neighbourhood in the evidence graph");
    List<List<String>> rows = new ArrayList<>();
    List<GraphQueries.Neighbour> all = graph.neighbours(n.id(), Set.of(), NEIGHBOURS + 1);
    for (var nb : all.subList(0, Math.min(all.size(), NEIGHBOURS))) {
      rows.add(List.of(Html.esc(nb.edge().kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')),
          (nb.outgoing() ? "→ " : "← ") + Html.node(nb.node().id(), nb.node().label()), Html.esc(nb.edge().date()),
          source(nb.edge().source())));
    }
    h.table(List.of("relation", "with", "date", "source"), rows, "neighbours", "No relations.");
    if (all.size() > NEIGHBOURS) {
      h.note("The first " + NEIGHBOURS + " relations are shown.");
    }
  }

  /** An edge's provenance, linked when it is a claim or a stored document. */
  private String source(String source) {
    if (source.startsWith("claim:") && graph.node(source) != null) {
      return Html.node(source, "claim");
    }
    int colon = source.lastIndexOf(':');
    String doc = "doc:" + (colon > 0 ? source.substring(0, colon) : source);
    if (graph.node(doc) != null) {
      return "<span class=\"src\">" + Html.node(doc, source) + "</span>";
    }
    return Html.src(source);
  }
}
