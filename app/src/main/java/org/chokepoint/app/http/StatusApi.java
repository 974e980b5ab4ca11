package org.chokepoint.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.workspace.Capability;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.lists.load.LoadReport;

/** The server about itself: {@code GET /health}, {@code GET /ready} (what is open) and {@code GET /openapi.json}. */
final class StatusApi {
  private final Services services;
  private final WriteAccess writes;
  private final String openapi;

  StatusApi(Services services, WriteAccess writes) {
    this.services = services;
    this.writes = writes;
    try (InputStream in = StatusApi.class.getResourceAsStream("openapi.json")) {
      this.openapi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("openapi.json is missing from the application", e);
    }
  }

  void register(JavalinConfig config) {
    config.routes.get("/health", this::health);
    config.routes.get("/ready", this::ready);
    config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
  }

  private void health(Context ctx) {
    var meta = services.screening().index().meta();
    ObjectNode n = MatchJson.MAPPER.createObjectNode();
    n.put("status", "ok");
    n.put("parties", meta.parties());
    n.put("names", meta.names());
    n.put("built_at", meta.builtAt());
    Requests.json(ctx, n);
  }

  private void ready(Context ctx) {
    ObjectNode n = MatchJson.MAPPER.createObjectNode().put("status", "ready");
    ObjectNode caps = n.putObject("capabilities");
    caps.put("screening", services.has(Capability.SCREENING)).put("goods", services.has(Capability.GOODS))
        .put("check", services.has(Capability.GOODS)).put("reports", services.has(Capability.REPORTS))
        .put("trade", services.has(Capability.TRADE)).put("graph", services.has(Capability.GRAPH))
        .put("writes", writes.enabled());
    if (services.has(Capability.SCREENING)) {
      var meta = services.screening().index().meta();
      ArrayNode lists = n.putArray("lists");
      for (LoadReport r : meta.reports()) {
        lists.addObject().put("list", r.list()).put("file", r.file()).put("file_date", r.fileDate())
            .put("records", r.recordsRead()).put("skipped", r.skippedTotal()).put("entities", r.entities());
      }
      n.put("index_built_at", meta.builtAt());
    }
    Requests.json(ctx, n);
  }
}
