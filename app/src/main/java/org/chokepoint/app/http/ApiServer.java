package org.chokepoint.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.List;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.web.WebUi;
import org.chokepoint.app.workspace.Capability;
import org.chokepoint.app.workspace.InvalidRequest;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.app.workspace.Unavailable;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.ConnectionLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP server: registers the API of each capability (screening, goods, check, reports, trade, graph,
 * status) and the web UI on one Javalin instance, limits what a client may send, and turns every error into a JSON
 * answer in one place: a refused request gets its status and every problem found; a missing capability 503; anything
 * else 500, logged here with its stack trace.
 */
public final class ApiServer {
  /** Largest request body accepted on any route, multipart uploads included. */
  public static final long MAX_BODY_BYTES = 1 << 20;
  /** A connection with nothing to read or write for this long is closed. */
  static final long IDLE_TIMEOUT_MILLIS = 10_000;
  /** A request body arriving slower than this (bytes per second) is aborted. */
  static final long MIN_REQUEST_DATA_RATE = 1024;
  /** Open connections above which idle ones are closed quickly. */
  static final int MAX_CONNECTIONS = 2000;

  /** What the server serves besides the API. */
  public enum Pages {
    /** The API only. */
    API,
    /** The API and the web UI. */
    API_AND_WEB_UI
  }

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private ApiServer() {}

  /** Creates the server (not started) over {@code services}. */
  public static Javalin create(Services services, WriteAccess writes, Pages pages) {
    return Javalin.create(config -> {
      limits(config);
      if (pages == Pages.API_AND_WEB_UI) {
        new WebUi(services).register(config);
      }
      new StatusApi(services, writes).register(config);
      new ScreeningApi(services).register(config);
      new GoodsApi(services).register(config);
      new CheckApi(services).register(config);
      new ReportsApi(services, writes).register(config);
      new GraphApi(services).register(config);
      trade(config, services);
      errors(config);
    });
  }

  private static void limits(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.http.maxRequestSize = MAX_BODY_BYTES;
    config.jetty.multipartConfig.maxTotalRequestSize(MAX_BODY_BYTES, SizeUnit.BYTES);
    config.jetty.multipartConfig.maxFileSize(MAX_BODY_BYTES, SizeUnit.BYTES);
    // Requests blocked on a slow client's body park a virtual thread, not one of a few platform threads.
    config.concurrency.useVirtualThreads = true;
    config.jetty.modifyHttpConfiguration(http -> {
      http.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
      http.setMinRequestDataRate(MIN_REQUEST_DATA_RATE);
    });
    config.jetty.modifyServer(server -> {
      ConnectionLimit limit = new ConnectionLimit(MAX_CONNECTIONS, server);
      limit.setIdleTimeout(1000);
      server.addBean(limit);
    });
    config.routes.before(ctx -> {
      long length = ctx.req().getContentLengthLong();
      if (length > MAX_BODY_BYTES) {
        throw new ApiProblem.TooLarge("the request body is " + length + " bytes; at most " + MAX_BODY_BYTES);
      }
    });
  }

  private static void trade(JavalinConfig config, Services services) {
    TradeApi trade = services.has(Capability.TRADE) && services.has(Capability.GOODS)
        ? new TradeApi(services.trade(), services.goods().catalog()) : null;
    config.routes.get("/trade/shares", tradeRoute(services, trade, api -> api::shares));
    config.routes.get("/trade/flows", tradeRoute(services, trade, api -> api::flows));
    config.routes.get("/trade/change", tradeRoute(services, trade, api -> api::change));
    config.routes.get("/trade/conduits", tradeRoute(services, trade, api -> api::conduits));
    config.routes.get("/trade/mirror-gap", tradeRoute(services, trade, api -> api::mirrorGap));
    config.routes.post("/trade/check", tradeRoute(services, trade, api -> api::check));
  }

  private interface TradeRoute {
    Handler of(TradeApi api);
  }

  private static Handler tradeRoute(Services services, TradeApi trade, TradeRoute route) {
    if (trade == null) {
      return ctx -> services.trade();
    }
    return route.of(trade);
  }

  private static void errors(JavalinConfig config) {
    config.routes.exception(ApiProblem.class, (e, ctx) -> error(ctx, e.status(), e.problems()));
    config.routes.exception(InvalidRequest.class, (e, ctx) -> error(ctx, 400, e.problems()));
    config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, List.of(message(e))));
    config.routes.exception(Unavailable.class, (e, ctx) -> error(ctx, 503, List.of(e.getMessage())));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
        List.of(message(e))));
    config.routes.exception(Exception.class, ApiServer::unexpected);
    config.routes.error(404, ctx -> {
      if (ctx.result() == null) {
        error(ctx, 404, List.of("no such resource: " + ctx.path()));
      }
    });
  }

  /** A malformed request that only showed up while reading it is the client's; anything else is logged. */
  private static void unexpected(Exception e, Context ctx) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
        error(ctx, http.getCode(), List.of("malformed request: " + message(t)));
        return;
      }
    }
    LOG.error("500 on {} {}", ctx.method(), ctx.path(), e);
    error(ctx, 500, List.of("internal error: " + e.getClass().getSimpleName()));
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static void error(Context ctx, int status, List<String> problems) {
    ObjectNode n = MatchJson.MAPPER.createObjectNode();
    n.put("status", status);
    n.put("error", problems.isEmpty() ? "error" : problems.getFirst());
    ArrayNode details = n.putArray("details");
    problems.forEach(details::add);
    ctx.status(status).contentType("application/json").result(n.toString());
  }
}
