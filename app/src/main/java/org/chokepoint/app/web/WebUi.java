package org.chokepoint.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.chokepoint.core.model.Entity;
import org.chokepoint.core.model.Listing;
import org.chokepoint.core.model.Party;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.groups.GoodsGroups;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.EdgeKind;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.model.NodeKind;
import org.chokepoint.graph.query.GraphQueries;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;
import org.chokepoint.reports.ReportStore;
import org.chokepoint.reports.story.Citation;
import org.chokepoint.reports.story.ConsolidatedClaim;
import org.chokepoint.reports.story.Story;
import org.chokepoint.trade.chart.SvgChart;
import org.chokepoint.trade.query.Anomaly;
import org.chokepoint.trade.query.Coverage;
import org.chokepoint.trade.query.GoodsFilter;
import org.chokepoint.trade.query.TradeQueries;

/**
 * The web UI, server-rendered HTML from the same process as the API: search, party, story, goods, network and
 * screening pages. Pages work without JavaScript; charts and the network are SVG drawn on the server.
 */
public final class WebUi {
  /** Most names screened in one request from the screening page. */
  public static final int MAX_SCREEN_NAMES = 1000;

  private final Screener screener;
  private final GraphQueries graph;
  private final ReportStore reports;
  private final TradeQueries trade;
  private final GoodsCatalog goods;

  /** Any of graph, reports, trade and goods may be null; their pages then say what to run. */
  public WebUi(Screener screener, GraphQueries graph, ReportStore reports, TradeQueries trade, GoodsCatalog goods) {
    this.screener = screener;
    this.graph = graph;
    this.reports = reports;
    this.trade = trade;
    this.goods = goods;
  }

  /** Adds the pages to a Javalin configuration. */
  public void register(JavalinConfig config) {
    config.routes.get("/", this::home);
    config.routes.get("/ui/style.css", ctx -> ctx.contentType("text/css").result(css()));
    config.routes.get("/ui/search", this::search);
    config.routes.get("/ui/node/{id}", this::node);
    config.routes.get("/ui/stories", this::stories);
    config.routes.get("/ui/story/{id}", this::story);
    config.routes.get("/ui/goods", this::goodsIndex);
    config.routes.get("/ui/goods/{id}", this::goodsPage);
    config.routes.get("/ui/network", this::network);
    config.routes.get("/ui/network.json", this::networkJson);
    config.routes.get("/ui/assets/{name}", this::asset);
    config.routes.get("/ui/screen", this::screen);
    config.routes.post("/ui/screen", this::screen);
  }

  private static void html(Context ctx, String html) {
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  private void home(Context ctx) {
    Html h = new Html().page("Who supplies what to whom");
    h.p("Chokepoint joins sanctions and export-control lists, the HS nomenclature and the Common High Priority List, "
        + "trade statistics and news reports into one evidence graph. Search above, or start from a page below.");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(Html.link("/ui/stories", "Stories"), Html.esc("What reports claim, with sources and conflicts")));
    rows.add(List.of(Html.link("/ui/goods", "Goods"), Html.esc("Goods groups, their suppliers and trade")));
    rows.add(List.of(Html.link("/ui/network", "Network"), Html.esc("Countries, companies, goods and end uses")));
    rows.add(List.of(Html.link("/ui/screen", "Screening"), Html.esc("Screen names against the lists")));
    h.table(List.of("page", "what"), rows, "links");
    html(ctx, h.end());
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    Html h = new Html().page("Search");
    if (q == null || q.isBlank()) {
      html(ctx, h.p("Type a name, a goods group or a country in the search box.").end());
      return;
    }
    if (q.length() > 200) {
      ctx.status(400);
      html(ctx, h.p("The search text is longer than 200 characters.").end());
      return;
    }
    h.p("Results for “" + q + "”");
    List<List<String>> rows = new ArrayList<>();
    if (graph != null) {
      for (Node n : graph.search(q, 30)) {
        rows.add(List.of(Html.link("/ui/node/" + Html.url(n.id()), n.label()), Html.esc(n.kind().name()
            .toLowerCase(Locale.ROOT)), Html.esc(n.props().getOrDefault("lists", ""))));
      }
    }
    if (rows.isEmpty()) {
      for (Match m : screener.screen(new MatchQuery(q, null, List.of(), "", List.of(), 0.7, 10))) {
        rows.add(List.of(Html.link("/ui/node/" + Html.url(m.party().id()), m.party().caption()), "listed party",
            Html.esc(String.join("; ", m.party().listLabels()))));
      }
    }
    h.table(List.of("name", "kind", "lists"), rows, "results");
    html(ctx, h.end());
  }

  private void node(Context ctx) {
    String id = ctx.pathParam("id");
    Node n = graph == null ? null : graph.node(id);
    Party party = screener.index().party(id);
    if (n == null && party == null) {
      ctx.status(404);
      html(ctx, new Html().page("Not found").p("Nothing has the id " + id + ".").end());
      return;
    }
    Html h = new Html().page(n != null ? n.label() : party.caption());
    if (party != null) {
      partySection(h, party);
    }
    if (n != null) {
      claimsSection(h, n);
      if (n.kind() == NodeKind.COUNTRY && trade != null && n.country().length() == 2) {
        tradeRole(h, n.country());
      }
      h.h2("Neighbourhood in the evidence graph");
      List<List<String>> rows = new ArrayList<>();
      for (var nb : graph.neighbours(id, Set.of(), 150)) {
        rows.add(List.of(Html.esc(nb.edge().kind().name()), (nb.outgoing() ? "→ " : "← ") + Html.link("/ui/node/"
            + Html.url(nb.node().id()), nb.node().label()), Html.esc(nb.edge().date()), Html.esc(nb.edge().source())));
      }
      h.table(List.of("relation", "with", "date", "source"), rows, "neighbours");
    }
    html(ctx, h.end());
  }

  private void partySection(Html h, Party party) {
    h.h2("Listings");
    List<List<String>> rows = new ArrayList<>();
    for (Entity e : party.entities()) {
      for (Listing l : e.listings()) {
        rows.add(List.of(Html.esc(l.authority()), Html.esc(l.label()), Html.esc(l.listedOn()), Html.esc(l.reason()),
            Html.esc(l.source().toString())));
      }
    }
    h.table(List.of("authority", "list and programme", "listed on", "reason", "source"), rows, "listings");
    h.h2("Names and identifiers");
    List<List<String>> names = new ArrayList<>();
    party.names().forEach(nm -> names.add(List.of(Html.esc(nm.value()), Html.esc(nm.kind().name()
        .toLowerCase(Locale.ROOT)))));
    party.identifiers().forEach(i -> names.add(List.of(Html.esc(i.value()), Html.esc(i.type()))));
    h.table(List.of("name or identifier", "kind"), names, "names");
  }

  private void claimsSection(Html h, Node n) {
    List<List<String>> rows = new ArrayList<>();
    for (var nb : graph.neighbours(n.id(), EnumSet.of(EdgeKind.SUPPLIES, EdgeKind.ABOUT, EdgeKind.DENIED_BY), 200)) {
      Edge e = nb.edge();
      String claimId = e.kind() == EdgeKind.SUPPLIES ? e.source() : e.src();
      Node claim = graph.node(claimId);
      if (claim == null || claim.kind() != NodeKind.CLAIM) {
        continue;
      }
      rows.add(List.of(Html.esc(claim.props().getOrDefault("kind", "")), Html.esc(claim.label()),
          Html.esc(claim.props().getOrDefault("independent_sources", "")), citations(claim.id())));
    }
    h.h2("Claims about it");
    h.table(List.of("kind", "claim", "independent sources", "citations"), rows, "claims");
  }

  private String citations(String claimId) {
    StringBuilder b = new StringBuilder();
    for (var nb : graph.neighbours(claimId, EnumSet.of(EdgeKind.CLAIMED_BY), 20)) {
      b.append("<blockquote>").append(Html.esc(nb.edge().evidence())).append(" <cite>").append(Html.link(
          "/ui/node/" + Html.url(nb.node().id()), nb.node().label())).append("</cite></blockquote>");
    }
    return b.toString();
  }

  private void tradeRole(Html h, String country) {
    h.h2("Trade role");
    try {
      TradeQueries.Shares s;
      synchronized (trade) {
        s = trade.shares(country, TradeQueries.Basis.REPORTED, GoodsFilter.TOTAL, 202301, 202312);
      }
      if (s.coverage().empty()) {
        h.p("The trade store has no imports reported by " + country + " for 2023.");
        return;
      }
      h.raw(SvgChart.bars("Imports of " + country + " by partner, 2023 (as reported)", s.currency(),
          s.shares().stream().limit(12).map(x -> new SvgChart.Bar(x.partner(), x.value(), s.about(x.partner())
              .stream().anyMatch(a -> a.kind() != Anomaly.Kind.ESTIMATED))).toList(),
          Stream.concat(Stream.of(s.coverage().summary()), s.anomalies().stream()
              .filter(a -> a.kind() != Anomaly.Kind.ESTIMATED).limit(5).map(a -> "! " + a.line())).toList()));
    } catch (Exception e) {
      h.p("Trade data unavailable: " + e.getMessage());
    }
  }

  private void stories(Context ctx) throws IOException {
    Html h = new Html().page("Stories");
    if (reports == null) {
      html(ctx, h.p("No reports are loaded: start serve with --reports DIR.").end());
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (Story s : reports.run().stories()) {
      rows.add(List.of(Html.link("/ui/story/" + s.id(), s.title().isEmpty() ? s.id() : s.title()),
          String.valueOf(s.documents().size()), String.valueOf(s.independentSources()),
          String.valueOf(s.claims().size())));
    }
    html(ctx, h.table(List.of("story", "documents", "independent sources", "claims"), rows, "stories").end());
  }

  private void story(Context ctx) throws IOException {
    Story s = reports == null ? null : reports.story(ctx.pathParam("id")).orElse(null);
    if (s == null) {
      ctx.status(404);
      html(ctx, new Html().page("Not found").p("No story " + ctx.pathParam("id") + ".").end());
      return;
    }
    Html h = new Html().page(s.title().isEmpty() ? s.id() : s.title());
    h.h2("Claims");
    List<List<String>> rows = new ArrayList<>();
    for (ConsolidatedClaim c : s.claims()) {
      String conflicts = c.conflicts().isEmpty() ? "" : "<span class=\"conflict\">" + Html.esc(String.join("; ",
          c.conflicts())) + "</span>";
      StringBuilder cites = new StringBuilder();
      for (Citation ct : c.citations()) {
        cites.append("<blockquote>").append(Html.esc(ct.evidence())).append(" <cite>").append(Html.esc(ct.doc()))
            .append("</cite></blockquote>");
      }
      rows.add(List.of(Html.esc(c.kind().name()), Html.esc(c.summary()), c.documents() + " / "
          + c.independentSources(), conflicts, cites.toString()));
    }
    h.table(List.of("kind", "claim", "documents / independent", "conflicts", "citations"), rows, "claims");
    h.h2("Named parties");
    List<List<String>> parties = new ArrayList<>();
    for (Story.Party p : s.parties()) {
      String name = p.id().isEmpty() ? Html.esc(p.name()) : Html.link("/ui/node/" + Html.url(p.id()), p.name());
      parties.add(List.of(name, Html.esc(p.type().toLowerCase(Locale.ROOT)), p.lists().isEmpty()
          ? "not found on the lists" : "<strong>listed:</strong> " + Html.esc(String.join("; ", p.lists()))));
    }
    h.table(List.of("name", "type", "list status"), parties, "parties");
    h.h2("Documents");
    List<List<String>> docs = new ArrayList<>();
    s.documents().forEach(m -> docs.add(List.of(Html.esc(m.doc()), Html.esc(m.title()), Html.esc(m.published()),
        m.url().isEmpty() ? "" : "<a href=\"" + Html.esc(m.url()) + "\" rel=\"noopener\">" + Html.esc(m.url()) + "</a>",
        String.valueOf(m.sourceGroup()))));
    h.table(List.of("document", "title", "published", "url", "source group"), docs, "documents");
    h.h2("Timeline");
    List<List<String>> events = new ArrayList<>();
    s.timeline().forEach(e -> events.add(List.of(Html.esc(e.date()), Html.esc(e.what()), Html.esc(e.doc()))));
    h.table(List.of("date", "what", "document"), events, "timeline");
    html(ctx, h.end());
  }

  private void goodsIndex(Context ctx) {
    Html h = new Html().page("Goods groups");
    if (goods == null) {
      html(ctx, h.p("Goods data is not loaded: run chokepoint update.").end());
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (GoodsGroups.Group g : goods.groups().all()) {
      rows.add(List.of(Html.link("/ui/goods/" + g.id(), g.name()), Html.esc(g.scope()),
          String.valueOf(g.subheadings().size())));
    }
    html(ctx, h.table(List.of("group", "HS scope", "subheadings"), rows, "goods").end());
  }

  private void goodsPage(Context ctx) {
    if (goods == null) {
      html(ctx, new Html().page("Goods").p("Goods data is not loaded: run chokepoint update.").end());
      return;
    }
    GoodsGroups.Group g;
    try {
      g = goods.groups().get(ctx.pathParam("id"));
    } catch (java.util.NoSuchElementException e) {
      ctx.status(404);
      html(ctx, new Html().page("Not found").p(e.getMessage()).end());
      return;
    }
    Html h = new Html().page(g.name());
    h.p(g.description() + " HS scope: " + g.scope() + ".");
    Set<String> tiers = new java.util.TreeSet<>();
    g.subheadings().forEach(sub -> tiers.addAll(goods.chpl().tiersOf(sub)));
    h.p("CHPL tiers inside: " + (tiers.isEmpty() ? "none" : String.join(", ", tiers)) + ".");
    if (graph != null && graph.node("goods:" + g.id()) != null) {
      h.h2("Reported suppliers");
      List<List<String>> rows = new ArrayList<>();
      for (var s : graph.suppliers("goods:" + g.id())) {
        rows.add(List.of(Html.link("/ui/node/" + Html.url(s.supplier().id()), s.supplier().label()),
            Html.esc(String.join(", ", s.recipients())), String.valueOf(s.independentSources()),
            Html.esc(String.join(", ", s.endUses())), s.lists().isEmpty() ? "" : "<strong>listed:</strong> "
            + Html.esc(String.join("; ", s.lists()))));
      }
      h.table(List.of("supplier", "to", "independent sources", "end uses", "list status"), rows, "suppliers");
    }
    if (trade != null) {
      h.h2("Suppliers of Russia over time (partners' exports to Russia)");
      try {
        GoodsFilter f = GoodsFilter.parse(g.id(), goods);
        List<TradeQueries.Series> series = new ArrayList<>();
        TradeQueries.Shares latest;
        synchronized (trade) {
          latest = trade.shares("RU", TradeQueries.Basis.MIRROR, f, 201901, 202412);
          List<String> top = latest.shares().stream().limit(5).map(TradeQueries.Share::partner).toList();
          if (!top.isEmpty()) {
            series = trade.flows(top, List.of("RU"), "X", f, 201901, 202412);
          }
        }
        h.raw(SvgChart.lines("Exports to Russia: " + g.name(), latest.currency(), series,
            List.of(latest.coverage().summary())));
        TradeQueries.Shares shown = latest;
        h.raw(SvgChart.bars("Shares of Russia's imports from reporting partners, " + (shown.coverage().empty()
            ? "2019-01..2024-12" : Coverage.label(shown.coverage().first()) + ".." + Coverage.label(shown.coverage()
            .last())), shown.currency(), shown.shares().stream().limit(12).map(x -> new SvgChart.Bar(x.partner() + " "
            + x.name(), x.value(), shown.about(x.partner()).stream().anyMatch(a -> a.kind() != Anomaly.Kind.ESTIMATED)))
            .toList(), List.of(shown.coverage().summary())));
      } catch (Exception e) {
        h.p("Trade data unavailable: " + e.getMessage());
      }
    }
    html(ctx, h.end());
  }

  private void network(Context ctx) {
    Html h = new Html().page("Supply network");
    if (graph == null) {
      html(ctx, h.p("The evidence graph is not built: run chokepoint graph build.").end());
      return;
    }
    String goodsFilter = ctx.queryParam("goods");
    boolean listedOnly = "on".equals(ctx.queryParam("listed"));
    String from = ctx.queryParam("from");
    String to = ctx.queryParam("to");
    h.raw("<form method=\"get\" class=\"filters\"><label>goods <input name=\"goods\" value=\""
        + Html.esc(goodsFilter == null ? "" : goodsFilter) + "\" placeholder=\"machine-tools\"></label> "
        + "<label>reported from <input name=\"from\" value=\"" + Html.esc(from == null ? "" : from)
        + "\" placeholder=\"2024-01\"></label> <label>to <input name=\"to\" value=\"" + Html.esc(to == null ? ""
        : to) + "\" placeholder=\"2024-12\"></label> <label><input type=\"checkbox\" name=\"listed\""
        + (listedOnly ? " checked" : "") + "> listed suppliers only</label> <button>Filter</button></form>\n");
    var edges = NetworkSvg.select(graph, goodsFilter, listedOnly, from, to);
    h.raw("<div id=\"cy\" data-src=\"/ui/network.json?" + Html.esc(ctx.queryString() == null ? ""
        : ctx.queryString()) + "\"></div>\n<script src=\"/ui/assets/cytoscape.min.js\"></script>\n<script>\n"
        + NETWORK_SCRIPT + "</script>\n<noscript>" + NetworkSvg.draw(graph, edges) + "</noscript>\n");
    h.p(edges.size() + " relations shown. Green: countries; orange: goods; red: end uses and listed companies. "
        + "Click a node to open its page.");
    html(ctx, h.end());
  }

  private void networkJson(Context ctx) {
    if (graph == null) {
      ctx.status(400).contentType("application/json").result("[]");
      return;
    }
    ctx.contentType("application/json").result(NetworkSvg.elements(graph, NetworkSvg.select(graph,
        ctx.queryParam("goods"), "on".equals(ctx.queryParam("listed")), ctx.queryParam("from"),
        ctx.queryParam("to"))));
  }

  private void asset(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    if (!name.matches("[a-z.]+\\.(js|css)")) {
      ctx.status(404).result("no such asset");
      return;
    }
    try (var in = WebUi.class.getResourceAsStream("assets/" + name)) {
      if (in == null) {
        ctx.status(404).result("no such asset");
        return;
      }
      ctx.header("Cache-Control", "max-age=86400");
      ctx.contentType(name.endsWith(".js") ? "text/javascript" : "text/css").result(in.readAllBytes());
    }
  }

  /** Draws the network with cytoscape.js from /ui/network.json; nodes link to their pages. */
  private static final String NETWORK_SCRIPT = """
      const box = document.getElementById('cy');
      fetch(box.dataset.src).then(r => r.json()).then(elements => {
        const cy = cytoscape({container: box, elements: elements, wheelSensitivity: 0.3,
          layout: {name: 'breadthfirst', directed: true, spacingFactor: 1.1},
          style: [
            {selector: 'node', style: {'label': 'data(label)', 'font-size': 10, 'width': 14, 'height': 14,
              'background-color': '#555', 'text-wrap': 'ellipsis', 'text-max-width': 140}},
            {selector: 'node[kind = "country"]', style: {'background-color': '#2ca02c'}},
            {selector: 'node[kind = "goods"]', style: {'background-color': '#ff7f0e', 'shape': 'round-rectangle'}},
            {selector: 'node[kind = "end_use"]', style: {'background-color': '#d62728', 'shape': 'triangle'}},
            {selector: 'node[?listed]', style: {'background-color': '#b00020', 'border-width': 2}},
            {selector: 'edge', style: {'width': 1.2, 'line-color': '#9ab', 'target-arrow-shape': 'triangle',
              'target-arrow-color': '#9ab', 'curve-style': 'bezier'}},
            {selector: 'edge[kind = "USED_IN"]', style: {'line-color': '#e99', 'target-arrow-color': '#e99'}}]});
        cy.on('tap', 'node', e => { window.location = e.target.data('href'); });
        box.dataset.ready = cy.nodes().length;
      });
      """;

  private void screenPage(Context ctx, List<String> names, List<List<String>> rows) {
    Html h = new Html().page("Screening");
    h.raw("<form method=\"post\" enctype=\"multipart/form-data\"><label for=\"names\">Names, one per line</label>"
        + "<textarea id=\"names\" name=\"names\" rows=\"8\">" + Html.esc(String.join("\n", names)) + "</textarea>"
        + "<label>or a CSV file with a <code>name</code> column <input type=\"file\" name=\"file\" accept=\".csv\">"
        + "</label><label><input type=\"checkbox\" name=\"csv\"> download results as CSV</label>"
        + "<button>Screen</button></form>\n");
    if (!names.isEmpty()) {
      h.table(List.of("name", "score", "match", "lists", "why"), rows, "screening");
    }
    html(ctx, h.end());
  }

  private void screen(Context ctx) throws IOException {
    List<String> names = new ArrayList<>();
    boolean post = ctx.method().name().equals("POST");
    String text = post ? ctx.formParam("names") : ctx.queryParam("names");
    if (text != null) {
      text.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(names::add);
    }
    UploadedFile file = post && ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
    if (file != null && file.size() > 0) {
      String csv = new String(file.content().readAllBytes(), StandardCharsets.UTF_8);
      List<String> lines = csv.lines().toList();
      if (!lines.isEmpty()) {
        List<String> header = List.of(lines.getFirst().toLowerCase(Locale.ROOT).split(","));
        int col = header.indexOf("name");
        for (String line : lines.subList(1, lines.size())) {
          String[] cells = line.split(",");
          if (col >= 0 && col < cells.length && !cells[col].isBlank()) {
            names.add(cells[col].replace("\"", "").strip());
          }
        }
      }
    }
    if (names.size() > MAX_SCREEN_NAMES) {
      ctx.status(400);
      html(ctx, new Html().page("Screening").p("At most " + MAX_SCREEN_NAMES + " names per request; use "
          + "'chokepoint screen --input' for more.").end());
      return;
    }
    boolean csvOut = (post ? ctx.formParam("csv") : ctx.queryParam("csv")) != null;
    List<List<String>> rows = new ArrayList<>();
    StringBuilder csv = new StringBuilder("name,score,match,id,lists\n");
    for (String name : names) {
      List<Match> matches;
      try {
        matches = screener.screen(new MatchQuery(name, null, List.of(), "", List.of(), MatchQuery.DEFAULT_THRESHOLD,
            3));
      } catch (IllegalArgumentException e) {
        rows.add(List.of(Html.esc(name), "", "", "", Html.esc(e.getMessage())));
        continue;
      }
      if (matches.isEmpty()) {
        rows.add(List.of(Html.esc(name), "", "no match", "", ""));
        csv.append(cell(name)).append(",,,,\n");
      }
      for (Match m : matches) {
        rows.add(List.of(Html.esc(name), String.format(Locale.ROOT, "%.3f", m.score()), Html.link("/ui/node/"
            + Html.url(m.party().id()), m.party().caption()), Html.esc(String.join("; ", m.party().listLabels())),
            Html.esc(Screener.describe(m.comparison()))));
        csv.append(cell(name)).append(',').append(String.format(Locale.ROOT, "%.3f", m.score())).append(',')
            .append(cell(m.party().caption())).append(',').append(cell(m.party().id())).append(',')
            .append(cell(String.join("; ", m.party().listLabels()))).append('\n');
      }
    }
    if (csvOut) {
      ctx.header("Content-Disposition", "attachment; filename=\"screening.csv\"");
      ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
      return;
    }
    screenPage(ctx, names, rows);
  }

  private static String cell(String s) {
    return s.matches(".*[\",\\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static String css() {
    return "body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#222}header{display:flex;gap:1rem;"
        + "align-items:center;padding:.6rem 1rem;background:#1d2b3a;color:#fff;flex-wrap:wrap}header a{color:#fff}"
        + ".brand{font-weight:700;text-decoration:none;font-size:1.1rem}header form input{width:22rem;padding:.3rem}"
        + "nav a{margin-right:.8rem}main{max-width:80rem;margin:1rem auto;padding:0 1rem}table{border-collapse:"
        + "collapse;width:100%;margin:.5rem 0 1.2rem}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;"
        + "vertical-align:top}th{background:#f2f4f7}blockquote{margin:.2rem 0;padding-left:.5rem;border-left:3px "
        + "solid #ccd;font-size:.9rem}cite{color:#555}.conflict{color:#a00;font-weight:600}textarea{width:100%}"
        + "form label{display:block;margin:.4rem 0}footer{color:#666;font-size:.85rem;padding:1rem;text-align:center}"
        + "svg{max-width:100%;height:auto}#cy{width:100%;height:640px;border:1px solid #ddd}";
  }
}
