package org.chokepoint.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.reports.ReportDocument;
import org.chokepoint.reports.ReportStore;
import org.chokepoint.reports.json.ReportJson;
import org.chokepoint.reports.story.Story;

/** Reports over HTTP: {@code POST /reports} (a write), {@code GET /stories} and {@code GET /stories/{id}}. */
final class ReportsApi {
  private final Services services;
  private final WriteAccess writes;

  ReportsApi(Services services, WriteAccess writes) {
    this.services = services;
    this.writes = writes;
  }

  void register(JavalinConfig config) {
    config.routes.post("/reports", this::add);
    config.routes.get("/stories", this::stories);
    config.routes.get("/stories/{id}", this::story);
  }

  private void add(Context ctx) throws IOException {
    writes.require(ctx);
    ReportStore reports = services.reports();
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw new ApiProblem.BadRequest("the request body must be the document (text or HTML)");
    }
    String name = ctx.queryParam("name");
    ReportDocument d = reports.add(name == null ? "upload.txt" : name, body);
    if (!d.ok()) {
      throw new ApiProblem.BadRequest(d.error());
    }
    String story = Services.storyOf(reports.run(), d.doc());
    ctx.status(201);
    Requests.json(ctx, ReportJson.document(d, story));
  }

  private void stories(Context ctx) throws IOException {
    ArrayNode out = MatchJson.MAPPER.createArrayNode();
    for (Story s : services.reports().run().stories()) {
      out.addObject().put("id", s.id()).put("title", s.title()).put("documents", s.documents().size())
          .put("independent_sources", s.independentSources()).put("claims", s.claims().size());
    }
    Requests.json(ctx, out);
  }

  private void story(Context ctx) throws IOException {
    Story s = services.reports().story(ctx.pathParam("id")).orElseThrow(() -> new ApiProblem.NotFound("no story "
        + ctx.pathParam("id")));
    Requests.json(ctx, ReportJson.story(s));
  }
}
