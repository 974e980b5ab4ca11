package org.chokepoint.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.json.TradeJson;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.trade.check.ClaimCheck;
import org.chokepoint.trade.check.FigureClaim;
import org.chokepoint.trade.load.TradeCountries;
import org.chokepoint.trade.load.TradePeriods;
import org.chokepoint.trade.query.Coverage;
import org.chokepoint.trade.query.GoodsFilter;
import org.chokepoint.trade.query.TradeQueries;

/**
 * The trade questions over HTTP: {@code GET /trade/shares}, {@code /trade/flows}, {@code /trade/change},
 * {@code /trade/conduits}, {@code /trade/mirror-gap} and {@code POST /trade/check}, with the same parameters and JSON
 * as the {@code trade} commands ({@code currency=USD} converts at ECB rates; {@code from} later than {@code to} is a
 * 400). Questions run one at a time on the store's connection.
 */
public final class TradeApi {
  /** The EU-27 member states, the default exporting bloc of {@code conduits}. */
  public static final List<String> EU_MEMBERS = TradeCountries.EU27_MEMBERS;

  private final TradeQueries queries;
  private final GoodsCatalog catalog;

  public TradeApi(TradeQueries queries, GoodsCatalog catalog) {
    this.queries = queries;
    this.catalog = catalog;
  }

  private GoodsFilter goods(Context ctx) {
    return GoodsFilter.parse(ctx.queryParam("goods"), catalog);
  }

  private static String required(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("query parameter '" + name + "' is required");
    }
    return v;
  }

  private static int[] range(Context ctx) {
    return TradePeriods.range(param(ctx, "from", "2000"), param(ctx, "to", "2030"));
  }

  private static String param(Context ctx, String name, String fallback) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /** The request's {@code currency} for the questions inside it (the caller holds the lock), unset after. */
  private final class Converting implements AutoCloseable {
    Converting(String currency) throws java.sql.SQLException {
      queries.currency(currency);
    }

    @Override
    public void close() throws java.sql.SQLException {
      queries.currency(null);
    }
  }

  private static List<String> codes(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(TradeQueries::code)
        .toList();
  }

  void shares(Context ctx) throws Exception {
    boolean mirror = "mirror".equalsIgnoreCase(ctx.queryParam("basis"));
    String target = TradeQueries.code(required(ctx, "target"));
    GoodsFilter g = goods(ctx);
    int[] range = range(ctx);
    synchronized (queries) {
      try (Converting c = new Converting(ctx.queryParam("currency"))) {
        json(ctx, TradeJson.shares(queries.shares(target, mirror ? TradeQueries.Basis.MIRROR
            : TradeQueries.Basis.REPORTED, g, range[0], range[1])));
      }
    }
  }

  void flows(Context ctx) throws Exception {
    List<String> reporters = codes(required(ctx, "reporter"));
    List<String> partners = codes(required(ctx, "partner"));
    if (reporters.size() * partners.size() > 50) {
      throw new IllegalArgumentException("at most 50 reporter × partner pairs per request");
    }
    String flow = flow(ctx);
    GoodsFilter g = goods(ctx);
    int[] range = range(ctx);
    int from = range[0];
    int to = range[1];
    synchronized (queries) {
      try (Converting c = new Converting(ctx.queryParam("currency"))) {
        var series = queries.flows(reporters, partners, flow, g, from, to);
        List<Coverage> coverage = new ArrayList<>();
        for (String r : reporters) {
          for (String p : partners) {
            coverage.add(queries.coverage(r, p, flow, g, from, to));
          }
        }
        json(ctx, TradeJson.flows(series, coverage));
      }
    }
  }

  void change(Context ctx) throws Exception {
    String reporter = ctx.queryParam("reporter");
    String partner = ctx.queryParam("partner");
    if ((reporter == null || reporter.isBlank()) && (partner == null || partner.isBlank())) {
      throw new IllegalArgumentException("give reporter, partner or both");
    }
    int split = split(required(ctx, "date"));
    int months = months(ctx, 12);
    GoodsFilter g = goods(ctx);
    synchronized (queries) {
      try (Converting c = new Converting(ctx.queryParam("currency"))) {
        json(ctx, TradeJson.change(queries.change(reporter == null || reporter.isBlank() ? null
            : TradeQueries.code(reporter), partner == null || partner.isBlank() ? null : TradeQueries.code(partner),
            flow(ctx), g, split, months)));
      }
    }
  }

  void conduits(Context ctx) throws Exception {
    String bloc = ctx.queryParam("bloc");
    List<String> members = bloc == null || bloc.isBlank() || bloc.equalsIgnoreCase("EU") ? EU_MEMBERS : codes(bloc);
    String target = TradeQueries.code(ctx.queryParamAsClass("target", String.class).getOrDefault("RU"));
    String date = ctx.queryParamAsClass("date", String.class).getOrDefault("2022-02-24");
    GoodsFilter g = goods(ctx);
    synchronized (queries) {
      try (Converting c = new Converting(ctx.queryParam("currency"))) {
        json(ctx, TradeJson.conduits(queries.conduits(members, target, g, split(date), months(ctx, 10))));
      }
    }
  }

  void mirrorGap(Context ctx) throws Exception {
    String exporter = TradeQueries.code(required(ctx, "exporter"));
    String importer = TradeQueries.code(required(ctx, "importer"));
    GoodsFilter g = goods(ctx);
    int[] range = range(ctx);
    synchronized (queries) {
      try (Converting c = new Converting(ctx.queryParam("currency"))) {
        json(ctx, TradeJson.mirrorGap(queries.mirrorGap(exporter, importer, g, range[0],
            range[1])));
      }
    }
  }

  void check(Context ctx) throws Exception {
    JsonNode body;
    try {
      body = MatchJson.MAPPER.readTree(ctx.body());
    } catch (Exception e) {
      throw new IllegalArgumentException("the body must be a JSON object: " + e.getMessage());
    }
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object");
    }
    boolean share = body.hasNonNull("share");
    if (share == body.hasNonNull("value")) {
      throw new IllegalArgumentException("give exactly one of 'share' and 'value'");
    }
    if (!body.hasNonNull("importer")) {
      throw new IllegalArgumentException("'importer' is required");
    }
    FigureClaim.Kind kind = share ? FigureClaim.Kind.SHARE : body.path("trade").asBoolean(false)
        ? FigureClaim.Kind.TRADE : FigureClaim.Kind.VALUE;
    int[] range = TradePeriods.range(body.path("from").asText("2000"), body.path("to").asText("2030"));
    FigureClaim claim = new FigureClaim(body.path("exporter").asText(""), body.path("importer").asText(),
        body.path("goods").asText(""), range[0], range[1], kind, body.path(share ? "share" : "value")
        .asDouble(), body.path("currency").asText("USD").toUpperCase(Locale.ROOT),
        body.path("qualifier").asText("exact").toLowerCase(Locale.ROOT));
    synchronized (queries) {
      try (Converting c = new Converting(ctx.queryParam("currency"))) {
        json(ctx, TradeJson.check(new ClaimCheck(queries, catalog).check(claim)));
      }
    }
  }

  private static String flow(Context ctx) {
    String f = ctx.queryParamAsClass("flow", String.class).getOrDefault("X").toUpperCase(Locale.ROOT);
    if (!f.equals("X") && !f.equals("M")) {
      throw new IllegalArgumentException("flow must be X or M");
    }
    return f;
  }

  private static int months(Context ctx, int fallback) {
    String v = ctx.queryParam("months");
    try {
      int m = v == null ? fallback : Integer.parseInt(v);
      if (m < 1 || m > 120) {
        throw new IllegalArgumentException("months must be 1..120");
      }
      return m;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("months must be a number");
    }
  }

  private static int split(String date) {
    return TradePeriods.firstMonthAfter(date);
  }

  private static void json(Context ctx, com.fasterxml.jackson.databind.JsonNode n) {
    ctx.contentType("application/json").result(n.toString());
  }
}
