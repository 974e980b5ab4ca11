package org.chokepoint.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.chokepoint.app.cli.ChokepointCommand;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.app.workspace.Workspace;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.controls.Rules;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.trade.query.TradeQueries;
import org.chokepoint.trade.store.TradeSnapshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trade API on a real server over the live snapshot of a data directory, with the CLI importing beside it: the
 * server answers from the new data without a restart and without a failed request.
 */
class TradeApiTest {
  @TempDir
  static Path dir;
  static Javalin app;
  static final Path TRADE = Fixtures.shared().resolve("trade");

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(dir.resolve("goods"));
    Files.createDirectories(dir.resolve("reference"));
    for (String f : new String[] {"hs2022_nomenclature.csv", "hs_sections.csv", "hs2022_hs2017_correlation.csv"}) {
      Files.copy(Fixtures.shared().resolve("goods").resolve(f), dir.resolve("goods").resolve(f));
    }
    Files.copy(Fixtures.shared().resolve("goods/chpl_2024-02-23.csv"), dir.resolve("goods/chpl.csv"));
    Files.copy(Fixtures.shared().resolve("reference/ecb_eurofxref_hist_2025-05-09.csv"),
        dir.resolve("reference/ecb_eurofxref_hist.csv"));
    assertThat(cli("trade", "import", "--data", dir.toString(),
        TRADE.resolve("imf_imts_russia_by_partner_annual_2016_2024.csv").toString())).isZero();
    GoodsCatalog goods = GoodsCatalog.load(new DataDirectory(dir), SourceRegistry.builtIn());
    TradeQueries queries = new TradeQueries(new TradeSnapshots(dir.resolve("trade")).liveConnections());
    Services services = Services.builder().goods(Workspace.goods(goods, Rules.standard(), null)).trade(queries)
        .build();
    app = ApiServer.create(services, WriteAccess.disabled(), ApiServer.Pages.API).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  static int cli(String... args) {
    return ChokepointCommand.run(args);
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersFromANewImportWithoutARestartOrAFailedRequest() throws Exception {
    JsonNode before = MatchJson.MAPPER.readTree(get("/trade/flows?reporter=AM&partner=RU&from=2022&to=2022").body());
    assertThat(before.at("/0/points")).isEmpty();
    AtomicInteger ok = new AtomicInteger();
    AtomicReference<String> failure = new AtomicReference<>();
    Thread load = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        try {
          HttpResponse<String> r = get("/trade/shares?target=RU&from=2023&to=2023");
          if (r.statusCode() != 200) {
            failure.compareAndSet(null, r.statusCode() + " " + r.body());
          }
          ok.incrementAndGet();
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          failure.compareAndSet(null, e.toString());
        }
      }
    });
    load.start();
    int code = cli("trade", "import", "--data", dir.toString(),
        TRADE.resolve("armenia_trade_by_country_monthly_2017_2024.csv").toString());
    load.interrupt();
    load.join();
    assertThat(code).isZero();
    assertThat(failure.get()).isNull();
    assertThat(ok.get()).isPositive();
    JsonNode after = MatchJson.MAPPER.readTree(get("/trade/flows?reporter=AM&partner=RU&from=2022&to=2022").body());
    assertThat(after.at("/0/points").size()).isEqualTo(12);
  }

  @Test
  void fromLaterThanToIsABadRequestOnEveryEndpoint() throws Exception {
    for (String path : new String[] {"/trade/shares?target=RU&from=2024&to=2023",
        "/trade/flows?reporter=RU&partner=CN&from=2024&to=2023",
        "/trade/mirror-gap?exporter=CN&importer=RU&from=2024-03&to=2024-01"}) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(r.body()).as(path).contains("is later than");
    }
    HttpResponse<String> check = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + app.port() + "/trade/check")).POST(HttpRequest.BodyPublishers.ofString("{\"exporter\":\"CN\",\"importer\":"
        + "\"RU\",\"value\":1e9,\"from\":\"2024\",\"to\":\"2023\"}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(check.statusCode()).isEqualTo(400);
    assertThat(check.body()).contains("is later than");
  }

  @Test
  void convertsOnRequestAndFlagsAnomalies() throws Exception {
    JsonNode usd = MatchJson.MAPPER.readTree(get("/trade/shares?target=RU&from=2023&to=2023").body());
    JsonNode eur = MatchJson.MAPPER.readTree(get("/trade/shares?target=RU&from=2023&to=2023&currency=EUR").body());
    assertThat(usd.path("currency").asText()).isEqualTo("USD");
    assertThat(eur.path("currency").asText()).isEqualTo("EUR");
    assertThat(eur.path("total").asDouble() / usd.path("total").asDouble()).isBetween(0.90, 0.95);
    assertThat(eur.at("/coverage/notes").toString()).contains("converted USD to EUR at the ECB's annual average");
    assertThat(usd.at("/coverage/notes").toString()).doesNotContain("converted");
    assertThat(usd.path("anomalies").toString()).contains("\"subject\":\"UG\"").contains("\"kind\":\"jump\"");
    assertThat(get("/trade/shares?target=RU&currency=XYZ").statusCode()).isEqualTo(400);
  }
}
