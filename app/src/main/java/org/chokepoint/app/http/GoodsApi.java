package org.chokepoint.app.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.NoSuchElementException;
import org.chokepoint.app.json.GoodsJson;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.goods.hs.HsCode;

/** Goods over HTTP: {@code GET /goods/classify?text=} and {@code GET /goods/{code}}. */
final class GoodsApi {
  private final Services services;

  GoodsApi(Services services) {
    this.services = services;
  }

  void register(JavalinConfig config) {
    config.routes.get("/goods/classify", this::classify);
    config.routes.get("/goods/{code}", this::code);
  }

  private void classify(Context ctx) {
    String text = Requests.required(ctx, "text", 2000, "");
    int limit = Requests.integer(ctx, "limit", 5, 1, 20);
    Services.Goods goods = services.goods();
    Requests.json(ctx, GoodsJson.classify(text, goods.classifier().classify(text, limit)));
  }

  private void code(Context ctx) {
    HsCode code = HsCode.parse(ctx.pathParam("code"));
    Services.Goods goods = services.goods();
    try {
      goods.catalog().hs().get(code);
    } catch (NoSuchElementException e) {
      throw new ApiProblem.NotFound(e.getMessage());
    }
    Requests.json(ctx, GoodsJson.show(goods.catalog(), code));
  }
}
