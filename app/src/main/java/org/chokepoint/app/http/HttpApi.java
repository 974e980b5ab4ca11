package org.chokepoint.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chokepoint.app.json.GoodsJson;
import org.chokepoint.app.json.GraphJson;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.classify.GoodsClassifier;
import org.chokepoint.goods.hs.HsCode;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.graph.query.GraphQueries;
import org.chokepoint.reports.ReportDocument;
import org.chokepoint.reports.ReportStore;
import org.chokepoint.reports.json.ReportJson;
import org.chokepoint.reports.story.Story;
import org.chokepoint.core.country.Countries;
import org.chokepoint.core.model.Party;
import org.chokepoint.core.model.Schema;
import org.chokepoint.goods.controls.ControlsEngine;
import org.chokepoint.goods.controls.Shipment;
import org.chokepoint.lists.load.LoadReport;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.index.ListChanges;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;

/**
 * The HTTP API: {@code POST /match} in the spirit of OpenSanctions yente, {@code GET /search}, {@code GET
 * /entities/{id}}, {@code POST /check} (trade-control checks of shipments) and {@code GET /health}. Every bad request gets a 400 listing what is wrong.
 */
public final class HttpApi {
  /** Largest request body accepted. */
  public static final long MAX_BODY_BYTES = 1 << 20;
  /** Most queries in one {@code /match} request. */
  public static final int MAX_QUERIES = 100;

  /** A request that cannot be served as sent; carries every problem found. */
  static final class BadRequest extends RuntimeException {
    final List<String> problems;

    BadRequest(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    BadRequest(String problem) {
      this(List.of(problem));
    }
  }

  private final Screener screener;
  private final ControlsEngine controls;
  private final ReportStore reports;
  private final TradeApi trade;
  private final GraphQueries graph;
  private GoodsCatalog goods;
  private GoodsClassifier classifier;
  private String token;
  private org.chokepoint.app.web.WebUi ui;

  /** The API over a screening engine and, when goods data is loaded, the controls engine (else null). */
  public HttpApi(Screener screener, ControlsEngine controls) {
    this(screener, controls, null, null, null);
  }

  /** As below, without the evidence graph. */
  public HttpApi(Screener screener, ControlsEngine controls, ReportStore reports, TradeApi trade) {
    this(screener, controls, reports, trade, null);
  }

  /**
   * As above, with the report store behind /reports and /stories, the trade store behind /trade/… and the evidence
   * graph behind /graph/… (null disables them).
   */
  public HttpApi(Screener screener, ControlsEngine controls, ReportStore reports, TradeApi trade,
      GraphQueries graph) {
    this.screener = screener;
    this.controls = controls;
    this.reports = reports;
    this.trade = trade;
    this.graph = graph;
  }

  /** Serves /goods/… over this catalog and classifier. */
  public HttpApi withGoods(GoodsCatalog catalog, GoodsClassifier goodsClassifier) {
    this.goods = catalog;
    this.classifier = goodsClassifier;
    return this;
  }

  /**
   * Requires {@code Authorization: Bearer TOKEN} on write endpoints ({@code POST /reports}); without a token they
   * are refused.
   */
  public HttpApi withToken(String writeToken) {
    this.token = writeToken == null || writeToken.isBlank() ? null : writeToken;
    return this;
  }

  /** Serves the web UI from the same server. */
  public HttpApi withUi(org.chokepoint.app.web.WebUi webUi) {
    this.ui = webUi;
    return this;
  }

  /** Creates the server (not started). */
  public Javalin create() {
    return Javalin.create(config -> {
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.startup.showJavalinBanner = false;
      if (ui != null) {
        ui.register(config);
      }
      config.routes.get("/health", this::health);
      config.routes.get("/ready", this::ready);
      config.routes.get("/openapi.json", this::openapi);
      config.routes.get("/goods/classify", this::classify);
      config.routes.get("/goods/{code}", this::goodsCode);
      config.routes.post("/match", this::match);
      config.routes.get("/changes", this::changes);
      config.routes.get("/search", this::search);
      config.routes.get("/entities/{id}", this::entity);
      config.routes.post("/check", this::check);
      config.routes.post("/reports", this::addReport);
      config.routes.get("/stories", this::stories);
      config.routes.get("/stories/{id}", this::story);
      config.routes.get("/trade/shares", ctx -> trade().shares(ctx));
      config.routes.get("/trade/flows", ctx -> trade().flows(ctx));
      config.routes.get("/trade/change", ctx -> trade().change(ctx));
      config.routes.get("/trade/conduits", ctx -> trade().conduits(ctx));
      config.routes.get("/trade/mirror-gap", ctx -> trade().mirrorGap(ctx));
      config.routes.post("/trade/check", ctx -> trade().check(ctx));
      config.routes.get("/graph/nodes/{id}", this::graphNode);
      config.routes.get("/graph/search", this::graphSearch);
      config.routes.get("/graph/path", this::graphPath);
      config.routes.get("/graph/suppliers", this::graphSuppliers);
      config.routes.get("/graph/since", this::graphSince);
      config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.problems));
      config.routes.exception(Forbidden.class, (e, ctx) -> error(ctx, 403, List.of(e.getMessage())));
      config.routes.exception(Unauthorized.class, (e, ctx) -> error(ctx, 401, List.of(e.getMessage())));
      config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, List.of(e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, List.of("internal error: "
          + e.getClass().getSimpleName())));
      config.routes.error(404, ctx -> {
        if (ctx.result() == null) {
          error(ctx, 404, List.of("no such resource: " + ctx.path()));
        }
      });
    });
  }

  private static void error(Context ctx, int status, List<String> problems) {
    ObjectNode n = MatchJson.MAPPER.createObjectNode();
    n.put("status", status);
    n.put("error", problems.isEmpty() ? "error" : problems.getFirst());
    ArrayNode details = n.putArray("details");
    problems.forEach(details::add);
    ctx.status(status).contentType("application/json").result(n.toString());
  }

  private GraphQueries graph() {
    if (graph == null) {
      throw new BadRequest("the evidence graph is not available: run chokepoint graph build");
    }
    return graph;
  }

  private void graphNode(Context ctx) {
    var n = graph().node(ctx.pathParam("id"));
    if (n == null) {
      error(ctx, 404, List.of("no node " + ctx.pathParam("id")));
      return;
    }
    ObjectNode o = GraphJson.node(n);
    ArrayNode arr = o.putArray("neighbours");
    graph().neighbours(n.id(), java.util.Set.of(), 200).forEach(nb -> arr.add(GraphJson.neighbour(nb)));
    json(ctx, o);
  }

  private void graphSearch(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank() || q.length() > 200) {
      throw new BadRequest("query parameter 'q' is required (at most 200 characters)");
    }
    ArrayNode out = MatchJson.MAPPER.createArrayNode();
    graph().search(q, 25).forEach(n -> out.add(GraphJson.node(n)));
    ctx.contentType("application/json").result(out.toString());
  }

  private void graphPath(Context ctx) {
    String from = ctx.queryParam("from");
    String to = ctx.queryParam("to");
    if (from == null || to == null) {
      throw new BadRequest("query parameters 'from' and 'to' are required");
    }
    int hops = Math.min(6, Math.max(1, ctx.queryParamAsClass("max_hops", Integer.class).getOrDefault(4)));
    ArrayNode out = MatchJson.MAPPER.createArrayNode();
    for (var p : graph().paths(from, to, hops, 10)) {
      ArrayNode chain = out.addArray();
      p.forEach(e -> chain.add(GraphJson.edge(e)));
    }
    ctx.contentType("application/json").result(out.toString());
  }

  private void graphSuppliers(Context ctx) {
    String goods = ctx.queryParam("goods");
    if (goods == null || goods.isBlank()) {
      throw new BadRequest("query parameter 'goods' is required (goods:machine-tools …)");
    }
    ArrayNode out = MatchJson.MAPPER.createArrayNode();
    for (var s : graph().suppliers(goods.startsWith("goods:") ? goods : "goods:" + goods)) {
      ObjectNode o = out.addObject();
      o.set("supplier", GraphJson.node(s.supplier()));
      o.put("claims", s.claims()).put("independent_sources", s.independentSources());
      s.recipients().forEach(o.withArray("recipients")::add);
      s.endUses().forEach(o.withArray("end_uses")::add);
      s.lists().forEach(o.withArray("lists")::add);
      s.evidence().forEach(o.withArray("evidence")::add);
    }
    ctx.contentType("application/json").result(out.toString());
  }

  private void graphSince(Context ctx) {
    String date = ctx.queryParam("date");
    if (date == null || !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new BadRequest("query parameter 'date' must be an ISO date (2024-04-01)");
    }
    ArrayNode out = MatchJson.MAPPER.createArrayNode();
    graph().since(date, 200).forEach(e -> out.add(GraphJson.edge(e)));
    ctx.contentType("application/json").result(out.toString());
  }

  private TradeApi trade() {
    if (trade == null) {
      throw new BadRequest("trade questions are not available: no trade store (run chokepoint trade import)");
    }
    return trade;
  }

  private ReportStore reports() {
    if (reports == null) {
      throw new BadRequest("reports are not available: goods data is not loaded (run chokepoint update)");
    }
    return reports;
  }

  private void requireToken(Context ctx) {
    if (token == null) {
      throw new Forbidden("writes are disabled: start 'chokepoint serve' with --token (or CHOKEPOINT_TOKEN)");
    }
    String given = ctx.header("Authorization");
    byte[] expected = ("Bearer " + token).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    if (given == null || !java.security.MessageDigest.isEqual(expected,
        given.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      throw new Unauthorized("this endpoint needs 'Authorization: Bearer <token>'");
    }
  }

  /** A write without a configured token. */
  static final class Forbidden extends RuntimeException {
    Forbidden(String message) {
      super(message);
    }
  }

  /** A write with a missing or wrong token. */
  static final class Unauthorized extends RuntimeException {
    Unauthorized(String message) {
      super(message);
    }
  }

  private void ready(Context ctx) {
    ObjectNode n = MatchJson.MAPPER.createObjectNode().put("status", "ready");
    ObjectNode caps = n.putObject("capabilities");
    caps.put("screening", true).put("goods", goods != null).put("check", controls != null)
        .put("reports", reports != null).put("trade", trade != null).put("graph", graph != null)
        .put("writes", token != null);
    ArrayNode lists = n.putArray("lists");
    for (LoadReport r : screener.index().meta().reports()) {
      lists.addObject().put("list", r.list()).put("file", r.file()).put("file_date", r.fileDate())
          .put("records", r.recordsRead()).put("skipped", r.skippedTotal()).put("entities", r.entities());
    }
    n.put("index_built_at", screener.index().meta().builtAt());
    json(ctx, n);
  }

  private void openapi(Context ctx) throws java.io.IOException {
    try (var in = HttpApi.class.getResourceAsStream("openapi.json")) {
      ctx.contentType("application/json").result(new String(in.readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private GoodsCatalog goods() {
    if (goods == null) {
      throw new BadRequest("goods are not available: run chokepoint update");
    }
    return goods;
  }

  private void classify(Context ctx) {
    String text = ctx.queryParam("text");
    if (text == null || text.isBlank() || text.length() > 2000) {
      throw new BadRequest("query parameter 'text' is required (at most 2000 characters)");
    }
    goods();
    int limit = Math.min(20, Math.max(1, ctx.queryParamAsClass("limit", Integer.class).getOrDefault(5)));
    json(ctx, GoodsJson.classify(text, classifier.classify(text, limit)));
  }

  private void goodsCode(Context ctx) {
    HsCode code = HsCode.parse(ctx.pathParam("code"));
    try {
      goods().hs().get(code);
    } catch (java.util.NoSuchElementException e) {
      error(ctx, 404, List.of(e.getMessage()));
      return;
    }
    json(ctx, GoodsJson.show(goods(), code));
  }

  private void addReport(Context ctx) throws java.io.IOException {
    requireToken(ctx);
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw new BadRequest("the request body must be the document (text or HTML)");
    }
    String name = ctx.queryParam("name");
    ReportDocument d = reports().add(name == null ? "upload.txt" : name, body);
    if (!d.ok()) {
      throw new BadRequest(d.error());
    }
    var run = reports().run();
    String story = "";
    for (int i = 0; i < run.documents().size(); i++) {
      if (run.documents().get(i).doc().equals(d.doc())) {
        story = "story-" + run.storyOf()[i];
      }
    }
    ctx.status(201).contentType("application/json").result(ReportJson.document(d, story).toString());
  }

  private void stories(Context ctx) throws java.io.IOException {
    ArrayNode out = MatchJson.MAPPER.createArrayNode();
    for (Story s : reports().run().stories()) {
      out.addObject().put("id", s.id()).put("title", s.title()).put("documents", s.documents().size())
          .put("independent_sources", s.independentSources()).put("claims", s.claims().size());
    }
    ctx.contentType("application/json").result(out.toString());
  }

  private void story(Context ctx) throws java.io.IOException {
    Story s = reports().story(ctx.pathParam("id")).orElse(null);
    if (s == null) {
      error(ctx, 404, List.of("no story " + ctx.pathParam("id")));
      return;
    }
    ctx.contentType("application/json").result(ReportJson.story(s).toString());
  }

  private void health(Context ctx) {
    var meta = screener.index().meta();
    ObjectNode n = MatchJson.MAPPER.createObjectNode();
    n.put("status", "ok");
    n.put("parties", meta.parties());
    n.put("names", meta.names());
    n.put("built_at", meta.builtAt());
    json(ctx, n);
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new BadRequest("query parameter 'q' is required");
    }
    double threshold = number(ctx, "threshold", 0.5, 0, 1);
    int limit = (int) number(ctx, "limit", 10, 1, 100);
    Schema schema = schema(ctx.queryParam("schema"), "schema");
    MatchQuery query = new MatchQuery(q, schema, List.of(), "", List.of(), threshold, limit);
    json(ctx, MatchJson.result(query, screener.screen(query)));
  }

  private void check(Context ctx) {
    if (controls == null) {
      error(ctx, 503, List.of("goods data is not loaded; run 'chokepoint update' and restart"));
      return;
    }
    List<JsonNode> items;
    try {
      items = org.chokepoint.app.cli.Checks.shipmentObjects(ctx.body());
    } catch (IllegalArgumentException e) {
      throw new BadRequest("body: " + e.getMessage());
    }
    if (items.isEmpty() || items.size() > MAX_QUERIES) {
      throw new BadRequest("send one shipment object, or {\"shipments\": [...]} with 1 to " + MAX_QUERIES);
    }
    List<String> problems = new ArrayList<>();
    List<Shipment> shipments = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode n = items.get(i);
      try {
        shipments.add(new Shipment(country(n, "origin"), country(n, "destination"), text(n, "hs"),
            text(n, "description"), text(n, "production_date"), text(n, "shipper"), text(n, "consignee"),
            text(n, "date"), country(n, "exporter_country")));
      } catch (IllegalArgumentException e) {
        problems.add("shipments[" + i + "]: " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new BadRequest(problems);
    }
    ArrayNode out = MatchJson.MAPPER.createArrayNode();
    for (int i = 0; i < shipments.size(); i++) {
      try {
        out.add(org.chokepoint.app.cli.Checks.toJson(i + 1, controls.check(shipments.get(i))));
      } catch (RuntimeException e) {
        out.addObject().put("shipment", i + 1).put("error", e.getMessage());
      }
    }
    ctx.contentType("application/json").result(out.toString());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? "" : v.asText();
  }

  private static String country(JsonNode n, String field) {
    return org.chokepoint.app.cli.Checks.shipmentCountry(text(n, field), field);
  }

  private void entity(Context ctx) {
    Party p = screener.index().party(ctx.pathParam("id"));
    if (p == null) {
      error(ctx, 404, List.of("no entity with id '" + ctx.pathParam("id") + "'"));
      return;
    }
    json(ctx, MatchJson.party(p));
  }

  /** {@code GET /changes?since=DATE}: what each index build changed per list, with names, since the date. */
  private void changes(Context ctx) throws java.io.IOException {
    String since = ctx.queryParam("since");
    List<ListChanges> changes;
    try {
      changes = screener.index().changesSince(since == null ? "1970-01-01" : since);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("since: " + e.getMessage());
    }
    ObjectNode out = MatchJson.MAPPER.createObjectNode();
    out.put("since", since == null ? "" : since);
    ArrayNode arr = out.putArray("changes");
    changes.forEach(c -> arr.add(MatchJson.changes(c)));
    json(ctx, out);
  }

  private void match(Context ctx) {
    double threshold = number(ctx, "threshold", MatchQuery.DEFAULT_THRESHOLD, 0, 1);
    int limit = (int) number(ctx, "limit", 5, 1, 100);
    JsonNode body;
    try {
      body = MatchJson.MAPPER.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new BadRequest("body is not valid JSON: " + e.getOriginalMessage());
    }
    if (body == null || !body.isObject() || !body.path("queries").isObject()) {
      throw new BadRequest("body must be an object with a 'queries' object");
    }
    JsonNode queries = body.get("queries");
    if (queries.size() == 0 || queries.size() > MAX_QUERIES) {
      throw new BadRequest("'queries' must hold 1 to " + MAX_QUERIES + " queries, got " + queries.size());
    }
    List<String> problems = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    for (String v : ctx.queryParams("exclude")) {
      exclude.addAll(List.of(v.split(",")));
    }
    if (body.has("exclude")) {
      try {
        exclude.addAll(strings(body, "exclude", "body"));
      } catch (IllegalArgumentException ex) {
        problems.add("exclude: must be a string or a list of strings");
      }
    }
    List<Map.Entry<String, MatchQuery>> parsed = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : queries.properties()) {
      try {
        parsed.add(Map.entry(e.getKey(), parseQuery(e.getKey(), e.getValue(), threshold, limit).excluding(exclude)));
      } catch (IllegalArgumentException ex) {
        problems.add(ex.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new BadRequest(problems);
    }
    ObjectNode out = MatchJson.MAPPER.createObjectNode();
    ObjectNode responses = out.putObject("responses");
    out.set("audit", MatchJson.audit(screener.provenance()));
    for (var e : parsed) {
      List<Match> matches = screener.screen(e.getValue());
      ObjectNode r = responses.putObject(e.getKey());
      r.put("status", 200);
      r.set("query", MatchJson.query(e.getValue()));
      ArrayNode results = r.putArray("results");
      matches.forEach(m -> results.add(MatchJson.match(m)));
      r.putObject("total").put("value", matches.size());
    }
    json(ctx, out);
  }

  private static MatchQuery parseQuery(String key, JsonNode q, double threshold, int limit) {
    String where = "queries." + key;
    if (!q.isObject()) {
      throw new IllegalArgumentException(where + ": must be an object");
    }
    Schema schema = schema(q.path("schema").isMissingNode() ? null : q.path("schema").asText(), where + ".schema");
    JsonNode props = q.path("properties");
    if (!props.isObject()) {
      throw new IllegalArgumentException(where + ".properties: must be an object");
    }
    List<String> names = strings(props, "name", where);
    if (names.isEmpty() || names.getFirst().isBlank()) {
      throw new IllegalArgumentException(where + ".properties.name: at least one non-empty name is required");
    }
    List<String> countries = new ArrayList<>();
    for (String field : List.of("country", "nationality", "jurisdiction")) {
      for (String c : strings(props, field, where)) {
        String code = Countries.toIso2(c);
        if (code.isEmpty()) {
          throw new IllegalArgumentException(where + ".properties." + field + ": unknown country '" + c + "'");
        }
        countries.add(code);
      }
    }
    List<String> dates = strings(props, "birthDate", where);
    List<String> ids = new ArrayList<>();
    for (String field : List.of("registrationNumber", "taxNumber", "innCode", "ogrnCode", "imoNumber", "idNumber",
        "leiCode", "swiftBic")) {
      ids.addAll(strings(props, field, where));
    }
    List<String> exclude = q.has("exclude") ? strings(q, "exclude", where) : List.of();
    try {
      return new MatchQuery(String.join(" ", names.getFirst()), schema, countries,
          dates.isEmpty() ? "" : dates.getFirst(), ids, threshold, limit).excluding(exclude);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage());
    }
  }

  private static List<String> strings(JsonNode props, String field, String where) {
    JsonNode v = props.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isTextual()) {
      out.add(v.asText());
      return out;
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(where + ".properties." + field + ": must be a string or a list of strings");
    }
    for (JsonNode x : v) {
      if (!x.isTextual()) {
        throw new IllegalArgumentException(where + ".properties." + field + ": must contain only strings");
      }
      out.add(x.asText());
    }
    return out;
  }

  private static Schema schema(String text, String where) {
    if (text == null || text.isBlank()) {
      return Schema.LEGAL_ENTITY;
    }
    try {
      return Schema.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage());
    }
  }

  private static double number(Context ctx, String param, double fallback, double min, double max) {
    String raw = ctx.queryParam(param);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      double v = Double.parseDouble(raw);
      if (v < min || v > max || Double.isNaN(v)) {
        throw new BadRequest("query parameter '" + param + "' must be in [" + min + "," + max + "], got " + raw);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new BadRequest("query parameter '" + param + "' must be a number, got '" + raw + "'");
    }
  }

  private static void json(Context ctx, JsonNode n) {
    ctx.contentType("application/json").result(n.toString());
  }
}
