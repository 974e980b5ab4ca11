package org.chokepoint.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.app.json.CheckJson;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.workspace.InvalidRequest;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.app.workspace.ShipmentRequest;

/**
 * Trade-control checks over HTTP: {@code POST /check} with one shipment, an array, {@code {"shipments": [...]}} or
 * one object per line.
 */
final class CheckApi {
  private final Services services;

  CheckApi(Services services) {
    this.services = services;
  }

  void register(JavalinConfig config) {
    config.routes.post("/check", this::check);
  }

  private void check(Context ctx) {
    services.goods();
    List<JsonNode> items;
    try {
      items = CheckJson.shipments(ctx.body());
    } catch (IllegalArgumentException e) {
      throw new ApiProblem.BadRequest("body: " + e.getMessage());
    }
    if (items.size() > ScreeningApi.MAX_QUERIES) {
      throw new ApiProblem.BadRequest("send one shipment object, or {\"shipments\": [...]} with 1 to "
          + ScreeningApi.MAX_QUERIES);
    }
    List<String> problems = new ArrayList<>();
    List<ShipmentRequest> shipments = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String where = "shipments[" + i + "]";
      JsonNode n = items.get(i);
      if (!n.isObject()) {
        problems.add(where + ": must be an object");
        continue;
      }
      Map<String, String> fields = new HashMap<>();
      for (Map.Entry<String, JsonNode> f : n.properties()) {
        JsonNode v = f.getValue();
        if (v.isTextual() || v.isNumber()) {
          fields.put(f.getKey(), v.asText());
        } else if (!v.isNull()) {
          problems.add(where + "." + f.getKey() + ": must be a string");
        }
      }
      ShipmentRequest request = new ShipmentRequest(fields);
      try {
        request.toShipment();
        shipments.add(request);
      } catch (InvalidRequest e) {
        e.problems().forEach(p -> problems.add(where + "." + p));
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequest(problems);
    }
    ArrayNode out = MatchJson.MAPPER.createArrayNode();
    services.checkShipments(shipments).forEach(c -> out.add(CheckJson.check(c)));
    Requests.json(ctx, out);
  }
}
