package org.chokepoint.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.workspace.InvalidRequest;
import org.chokepoint.app.workspace.ScreeningRequest;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.core.model.Party;
import org.chokepoint.lists.index.ListChanges;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.screen.MatchQuery;

/**
 * Screening over HTTP: {@code POST /match} in the spirit of OpenSanctions yente (many named queries, each with a
 * schema and FollowTheMoney-style properties), {@code GET /search} for one name, {@code GET /entities/{id}}.
 */
final class ScreeningApi {
  /** Most queries in one {@code /match} request. */
  static final int MAX_QUERIES = 100;
  /** The properties read as country hints and as identifiers. */
  private static final List<String> COUNTRY_FIELDS = List.of("country", "nationality", "jurisdiction");
  private static final List<String> ID_FIELDS = List.of("registrationNumber", "taxNumber", "innCode", "ogrnCode",
      "imoNumber", "idNumber", "leiCode", "swiftBic");

  private final Services services;

  ScreeningApi(Services services) {
    this.services = services;
  }

  void register(JavalinConfig config) {
    config.routes.post("/match", this::match);
    config.routes.get("/changes", this::changes);
    config.routes.get("/search", this::search);
    config.routes.get("/entities/{id}", this::entity);
  }

  private void search(Context ctx) {
    String q = Requests.required(ctx, "q", MatchQuery.MAX_NAME_LENGTH, "");
    double threshold = Requests.number(ctx, "threshold", 0.5, 0, 1);
    int limit = Requests.integer(ctx, "limit", 10, 1, 100);
    List<String> countries = new ArrayList<>();
    String list = ctx.queryParam("countries");
    if (list != null) {
      for (String c : list.split(",")) {
        if (!c.isBlank()) {
          countries.add(c.strip());
        }
      }
    }
    MatchQuery query = new ScreeningRequest("", q, ctx.queryParam("schema"), countries, "", List.of())
        .toQuery(threshold, limit);
    Requests.json(ctx, MatchJson.result(query, services.screen(query)));
  }

  private void entity(Context ctx) {
    Party p = services.screening().index().party(ctx.pathParam("id"));
    if (p == null) {
      throw new ApiProblem.NotFound("no entity with id '" + ctx.pathParam("id") + "'");
    }
    Requests.json(ctx, MatchJson.party(p));
  }

  /** {@code GET /changes?since=DATE}: what each index build changed per list, with names, since the date. */
  private void changes(Context ctx) throws IOException {
    String since = ctx.queryParam("since");
    List<ListChanges> changes;
    try {
      changes = services.screening().index().changesSince(since == null ? "1970-01-01" : since);
    } catch (IllegalArgumentException e) {
      throw new ApiProblem.BadRequest("since: " + e.getMessage());
    }
    ObjectNode out = MatchJson.MAPPER.createObjectNode();
    out.put("since", since == null ? "" : since);
    ArrayNode arr = out.putArray("changes");
    changes.forEach(c -> arr.add(MatchJson.changes(c)));
    Requests.json(ctx, out);
  }

  private void match(Context ctx) {
    double threshold = Requests.number(ctx, "threshold", MatchQuery.DEFAULT_THRESHOLD, 0, 1);
    int limit = Requests.integer(ctx, "limit", 5, 1, 100);
    JsonNode body = Requests.json(ctx);
    if (body == null || !body.isObject() || !body.path("queries").isObject()) {
      throw new ApiProblem.BadRequest("body must be an object with a 'queries' object");
    }
    JsonNode queries = body.get("queries");
    if (queries.isEmpty() || queries.size() > MAX_QUERIES) {
      throw new ApiProblem.BadRequest("'queries' must hold 1 to " + MAX_QUERIES + " queries, got "
          + queries.size());
    }
    List<String> problems = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    for (String v : ctx.queryParams("exclude")) {
      exclude.addAll(List.of(v.split(",")));
    }
    exclude.addAll(strings(body, "exclude", "body", problems));
    List<Map.Entry<String, MatchQuery>> parsed = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : queries.properties()) {
      String where = "queries." + e.getKey();
      try {
        List<String> own = e.getValue().isObject() ? strings(e.getValue(), "exclude", where, problems) : List.of();
        parsed.add(Map.entry(e.getKey(), request(where, e.getValue()).toQuery(threshold, limit)
            .excluding(exclude).excluding(own)));
      } catch (InvalidRequest ex) {
        problems.addAll(ex.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequest(problems);
    }
    ObjectNode out = MatchJson.MAPPER.createObjectNode();
    ObjectNode responses = out.putObject("responses");
    out.set("audit", MatchJson.audit(services.screening().provenance()));
    for (var e : parsed) {
      List<Match> matches = services.screen(e.getValue());
      ObjectNode r = responses.putObject(e.getKey());
      r.put("status", 200);
      r.set("query", MatchJson.query(e.getValue()));
      ArrayNode results = r.putArray("results");
      matches.forEach(m -> results.add(MatchJson.match(m)));
      r.putObject("total").put("value", matches.size());
    }
    Requests.json(ctx, out);
  }

  /** One yente-style query as a screening request; problems name their path ("queries.q1.properties.name"). */
  private static ScreeningRequest request(String where, JsonNode q) {
    if (!q.isObject()) {
      throw new InvalidRequest(where + ": must be an object");
    }
    List<String> problems = new ArrayList<>();
    JsonNode schemaNode = q.path("schema");
    String schema = "";
    if (schemaNode.isTextual()) {
      schema = schemaNode.asText();
    } else if (!schemaNode.isMissingNode() && !schemaNode.isNull()) {
      problems.add(where + ".schema: must be a string");
    }
    JsonNode props = q.path("properties");
    if (!props.isObject()) {
      throw new InvalidRequest(where + ".properties: must be an object");
    }
    String at = where + ".properties";
    int before = problems.size();
    List<String> names = strings(props, "name", at, problems);
    if (problems.size() == before && (names.isEmpty() || names.getFirst().isBlank())) {
      problems.add(at + ".name: at least one non-empty name is required");
    }
    List<String> countries = new ArrayList<>();
    for (String field : COUNTRY_FIELDS) {
      countries.addAll(strings(props, field, at, problems));
    }
    List<String> dates = strings(props, "birthDate", at, problems);
    List<String> ids = new ArrayList<>();
    for (String field : ID_FIELDS) {
      ids.addAll(strings(props, field, at, problems));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequest(problems);
    }
    return new ScreeningRequest(where, names.getFirst(), schema, countries, dates.isEmpty() ? "" : dates.getFirst(),
        ids);
  }

  private static List<String> strings(JsonNode props, String field, String where, List<String> problems) {
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
      problems.add(where + "." + field + ": must be a string or a list of strings");
      return out;
    }
    for (JsonNode x : v) {
      if (!x.isTextual()) {
        problems.add(where + "." + field + ": must contain only strings");
        return List.of();
      }
      out.add(x.asText());
    }
    return out;
  }
}
