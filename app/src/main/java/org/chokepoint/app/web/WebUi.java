package org.chokepoint.app.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.app.workspace.Capability;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.hs.HsCode;
import org.chokepoint.goods.hs.Nomenclature;
import org.chokepoint.graph.model.Edge;
import org.chokepoint.graph.model.EdgeKind;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.query.GraphQueries;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;
import org.chokepoint.reports.ReportStore;
import org.chokepoint.reports.story.Story;
import org.chokepoint.trade.query.TradeQueries;

/**
 * The web UI, server-rendered HTML from the same process as the API: home, search, node (party, country, goods,
 * claim, document, list), story, goods (groups and HS codes), network and screening pages. Pages work without
 * JavaScript; charts and the network are SVG drawn on the server. Every response carries a Content-Security-Policy
 * that allows only this server's own scripts and styles and no framing.
 */
public final class WebUi {
  /** Most names screened in one request from the screening page. */
  public static final int MAX_SCREEN_NAMES = ScreenPage.MAX_NAMES;

  /** The policy every response carries: own scripts only, no plugins, no framing, forms post only here. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' "
      + "'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; "
      + "frame-ancestors 'none'";

  private static final Pattern HS_QUERY = Pattern.compile("(?i)^\\s*(?:hs\\s*(?:code)?\\s*)?(\\d[\\d.\\s]{0,12})$");

  private final Screener screener;
  private final GraphQueries graph;
  private final ReportStore reports;
  private final GoodsCatalog goods;
  private final NodePages nodes;
  private final StoryPages stories;
  private final GoodsPages goodsPages;
  private final NetworkPage network;
  private final ScreenPage screen;
  private volatile List<Edge> newest;

  /** The pages over {@code services}; a capability that is not open makes its pages say what to run. */
  public WebUi(Services services) {
    this(services.screening(), services.liveGraph(), services.has(Capability.REPORTS) ? services.reports() : null,
        services.has(Capability.TRADE) ? services.trade() : null,
        services.has(Capability.GOODS) ? services.goods().catalog() : null);
  }

  /** Any of graph, reports, trade and goods may be null; their pages then say what to run. */
  public WebUi(Screener screener, GraphQueries graph, ReportStore reports, TradeQueries trade, GoodsCatalog goods) {
    this.screener = screener;
    this.graph = graph;
    this.reports = reports;
    this.goods = goods;
    TradeCharts charts = new TradeCharts(trade);
    this.nodes = new NodePages(screener, graph, reports, charts);
    this.stories = new StoryPages(reports);
    this.goodsPages = new GoodsPages(goods, graph, charts);
    this.network = new NetworkPage(graph);
    this.screen = new ScreenPage(screener);
  }

  /** Adds the pages, and the security headers of every response, to a Javalin configuration. */
  public void register(JavalinConfig config) {
    config.routes.before(WebUi::securityHeaders);
    config.routes.get("/", this::home);
    config.routes.get("/ui/style.css", ctx -> ctx.contentType("text/css").header("Cache-Control", "max-age=3600")
        .result(Style.CSS));
    config.routes.get("/ui/search", this::search);
    config.routes.get("/ui/node/<id>", nodes::node);
    config.routes.get("/ui/stories", stories::stories);
    config.routes.get("/ui/story/<id>", stories::story);
    config.routes.get("/ui/goods", goodsPages::index);
    config.routes.get("/ui/goods/<id>", goodsPages::page);
    config.routes.get("/ui/network", network::page);
    config.routes.get("/ui/network.json", network::json);
    config.routes.get("/ui/assets/{name}", WebUi::asset);
    config.routes.get("/ui/screen", screen::handle);
    config.routes.post("/ui/screen", screen::handle);
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
  }

  static void html(Context ctx, String html) {
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  static void notFound(Context ctx, String message) {
    ctx.status(404);
    html(ctx, new Html().page("Not found").p(message).p("Search above, or start from the home page.").end());
  }

  private void home(Context ctx) throws IOException {
    Html h = new Html().page("Who supplies what to whom");
    h.p("Chokepoint joins sanctions and export-control lists, the HS nomenclature and the Common High Priority List, "
        + "trade statistics and news reports into one evidence graph. Search for a name, a country or an HS code "
        + "(“8542”, “HS 8457”), or start from one of these.");
    h.raw("<div class=\"cards\">\n");
    h.raw("<section class=\"card\"><h2>" + Html.link("/ui/stories", "Stories") + "</h2>");
    List<Story> all = reports == null ? List.of() : reports.run().stories();
    if (all.isEmpty()) {
      h.note(reports == null ? "No reports are loaded: start serve with --reports DIR." : "No stories yet.");
    } else {
      h.raw("<ul>");
      all.stream().sorted(Comparator.comparingInt((Story s) -> s.documents().size()).reversed()).limit(6)
          .forEach(s -> h.raw("<li>" + Html.link("/ui/story/" + Html.path(s.id()), StoryPages.title(s))
              + " <span class=\"muted\">" + s.documents().size() + " documents, " + s.independentSources()
              + " independent</span></li>"));
      h.raw("</ul>");
    }
    h.raw("</section>\n<section class=\"card\"><h2>Newest listings</h2>");
    List<Edge> recent = newestListings();
    if (recent.isEmpty()) {
      h.note("The evidence graph has no dated listings.");
    } else {
      h.raw("<ul>");
      for (Edge e : recent) {
        Node party = graph.node(e.src());
        Node list = graph.node(e.dst());
        h.raw("<li>" + Html.node(party.id(), party.label()) + " <span class=\"muted\">" + Html.esc(e.date())
            + ", " + Html.node(list.id(), list.label()) + "</span></li>");
      }
      h.raw("</ul>");
    }
    h.raw("</section>\n<section class=\"card\"><h2>" + Html.link("/ui/goods", "Goods of concern") + "</h2>");
    if (goods == null) {
      h.note("Goods data is not loaded: run chokepoint update.");
    } else {
      h.raw("<ul>");
      goods.groups().all().stream().limit(10).forEach(g -> h.raw("<li>" + Html.link("/ui/goods/"
          + Html.path(g.id()), g.name()) + " <span class=\"muted\">" + Html.esc(g.scope()) + "</span></li>"));
      h.raw("</ul><p>" + Html.link("/ui/goods#hs", "Browse the HS nomenclature") + "</p>");
    }
    h.raw("</section>\n<section class=\"card\"><h2>" + Html.link("/ui/network", "The network") + "</h2>");
    h.p("Countries, companies, goods and end uses as the reports describe them, with the trade routes goods take.");
    h.raw("<p>" + Html.link("/ui/network?goods=machine-tools", "Machine tools") + " · " + Html.link(
        "/ui/network?listed=on", "Listed suppliers only") + "</p></section>\n");
    h.raw("<section class=\"card\"><h2>" + Html.link("/ui/screen", "Screening") + "</h2>");
    h.p("Screen names, one per line or as a CSV file, against every loaded sanctions and export-control list.");
    h.raw("</section>\n</div>\n");
    html(ctx, h.end());
  }

  /** The eight most recent listings in the graph, computed once (the graph does not change while serving). */
  private List<Edge> newestListings() {
    List<Edge> n = newest;
    if (n == null) {
      n = graph == null ? List.of() : graph.edges(EnumSet.of(EdgeKind.LISTED_BY)).stream()
          .filter(e -> e.date().matches("\\d{4}-\\d{2}-\\d{2}.*"))
          .sorted(Comparator.comparing(Edge::date).reversed()).limit(8).toList();
      newest = n;
    }
    return n;
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    Html h = new Html().page("Search");
    if (q == null || q.isBlank()) {
      html(ctx, h.p("Type a name, a goods group, an HS code or a country in the search box.").end());
      return;
    }
    if (q.length() > 200) {
      ctx.status(400);
      html(ctx, h.p("The search text is longer than 200 characters.").end());
      return;
    }
    h.p("Results for “" + q + "”");
    List<List<String>> codes = new ArrayList<>();
    Nomenclature.Entry code = hsCode(q);
    if (code != null) {
      codes.add(List.of(Html.link("/ui/goods/" + code.code(), HsCode.parse(code.code()).display()),
          Html.esc(code.description())));
    }
    if (goods != null && code == null && q.strip().length() >= 3) {
      goods.hs().search(q, 8).forEach(e -> codes.add(List.of(Html.link("/ui/goods/" + e.code(),
          HsCode.parse(e.code()).display()), Html.esc(e.description()))));
    }
    List<List<String>> rows = new ArrayList<>();
    if (graph != null) {
      for (Node n : graph.search(q, 30)) {
        rows.add(List.of(Html.node(n.id(), n.label()), Html.esc(n.kind().name().toLowerCase(Locale.ROOT)
            .replace('_', ' ')), Html.esc(n.props().getOrDefault("lists", ""))));
      }
    }
    if (rows.isEmpty() && code == null) {
      for (Match m : screener.screen(new MatchQuery(q, null, List.of(), "", List.of(), 0.7, 10))) {
        rows.add(List.of(Html.node(m.party().id(), m.party().caption()), "listed party",
            Html.esc(String.join("; ", m.party().listLabels()))));
      }
    }
    if (!codes.isEmpty()) {
      h.h2("HS codes");
      h.table(List.of("code", "description"), codes, "codes");
    }
    if (!rows.isEmpty() || codes.isEmpty()) {
      h.h2("Parties, goods, countries and claims");
      h.table(List.of("name", "kind", "lists"), rows, "results", "Nothing matches; try fewer words or another "
          + "spelling.");
    }
    html(ctx, h.end());
  }

  /** The HS code the search text is, written as people write them ("8542.31", "HS 8457"), or null. */
  private Nomenclature.Entry hsCode(String q) {
    Matcher m = HS_QUERY.matcher(q);
    if (goods == null || !m.matches()) {
      return null;
    }
    try {
      return goods.hs().find(HsCode.parse(m.group(1)).digits());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void asset(Context ctx) throws IOException {
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
}
