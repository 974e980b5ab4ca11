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
import java.util.List;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.app.workspace.Workspace;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.controls.Rules;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Screener;
import org.chokepoint.reports.ReportPipeline;
import org.chokepoint.reports.ReportStore;
import org.chokepoint.reports.extract.ScreeningLinker;
import org.chokepoint.trade.load.TradeParser;
import org.chokepoint.trade.query.TradeQueries;
import org.chokepoint.trade.store.TradeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckApiTest {
  @TempDir
  static Path dir;

  static ScreeningIndex index;
  static Javalin app;
  static TradeStore tradeStore;

  @BeforeAll
  static void start() throws Exception {
    DataDirectory data = Fixtures.smallData(dir);
    for (String f : new String[] {"hs2022_nomenclature.csv", "hs_sections.csv", "hs2022_hs2017_correlation.csv"}) {
      Files.createDirectories(dir.resolve("goods"));
      Files.copy(Fixtures.shared().resolve("goods").resolve(f), dir.resolve("goods").resolve(f));
    }
    Files.copy(Fixtures.shared().resolve("goods/chpl_2024-02-23.csv"), dir.resolve("goods/chpl.csv"));
    index = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, s -> { });
    Screener screener = new Screener(index);
    GoodsCatalog goods = GoodsCatalog.load(data, SourceRegistry.builtIn());
    var reports = new ReportStore(dir.resolve("reports"),
        new ReportPipeline(goods, new ScreeningLinker(screener)));
    tradeStore = TradeStore.open(dir.resolve("trade.duckdb"));
    for (String f : new String[] {"imf_imts_russia_by_partner_annual_2016_2024.csv",
        "eurostat_comext_eu_member_exports_CHPL_cn8_to_RU_and_6_neighbours_monthly_2020_2022_eur.csv"}) {
      tradeStore.importFile(Fixtures.shared().resolve("trade").resolve(f), null,
          new TradeParser(goods.correlation()));
    }
    Services services = Services.builder().screening(screener).goods(Workspace.goods(goods, Rules.standard(), screener))
        .reports(reports).trade(new TradeQueries(tradeStore.connection())).build();
    app = ApiServer.create(services, WriteAccess.token("s3cret"), ApiServer.Pages.API)
        .start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    tradeStore.close();
    index.close();
  }

  static HttpResponse<String> post(String body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
        + "/check")).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void checksShipmentsOverHttp() throws Exception {
    HttpResponse<String> r = post("""
        {"shipments": [{"origin": "us", "exporter_country": "de", "destination": "ru", "hs": "854231",
                        "consignee": "Hikvision"},
                       {"origin": "de", "destination": "fr", "hs": "9403.20"}]}""");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode n = MatchJson.MAPPER.readTree(r.body());
    assertThat(n.at("/0/verdict").asText()).isEqualTo("prohibited");
    assertThat(n.at("/0/findings").toString()).contains("bis-entity-list-party").contains("eu-833-12g-chpl-ru-by");
    assertThat(n.at("/1/verdict").asText()).isEqualTo("clear");
  }

  @Test
  void aShipmentFromChinaToRussiaGetsNoEuFindingButANoteSayingWhy() throws Exception {
    HttpResponse<String> r = post("""
        {"origin": "China", "destination": "Russia", "hs": "854231"}""");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode n = MatchJson.MAPPER.readTree(r.body()).get(0);
    assertThat(n.get("findings").toString()).doesNotContain("eu-833-12g-chpl-ru-by").doesNotContain("EU exporters");
    assertThat(n.get("notes").toString()).contains("eu-833-12g-chpl-ru-by").contains("not applied")
        .contains("exporter CN");
    assertThat(n.get("jurisdictions").toString()).contains("\"jurisdiction\":\"EU\"").contains("\"applies\":false");
  }

  @Test
  void concatenatedOrLineSeparatedShipmentsAreAllCheckedAndTrailingContentIsA400() throws Exception {
    HttpResponse<String> lines = post("""
        {"origin": "de", "destination": "fr", "hs": "9403.20"}
        {"origin": "fr", "destination": "be", "hs": "9403.20"}
        {"origin": "ru", "destination": "us", "hs": "760110", "production_date": "2024-06-01", "date": "2024-07-01"}
        """);
    assertThat(lines.statusCode()).isEqualTo(200);
    JsonNode n = MatchJson.MAPPER.readTree(lines.body());
    assertThat(n).hasSize(3);
    assertThat(n.at("/2/verdict").asText()).isEqualTo("prohibited");
    assertThat(n.at("/2/findings").toString()).contains("us-ban-ru-metals-2024");
    HttpResponse<String> glued = post("{\"origin\":\"de\",\"destination\":\"fr\",\"hs\":\"9403.20\"}"
        + "{\"origin\":\"ru\",\"destination\":\"us\",\"hs\":\"760110\",\"production_date\":\"2024-06-01\","
        + "\"date\":\"2024-07-01\"}");
    assertThat(MatchJson.MAPPER.readTree(glued.body()).at("/1/verdict").asText()).isEqualTo("prohibited");
    HttpResponse<String> trailing = post("{\"origin\":\"de\",\"destination\":\"fr\",\"hs\":\"9403.20\"} tail");
    assertThat(trailing.statusCode()).isEqualTo(400);
    assertThat(trailing.body()).contains("line 1").contains("invalid JSON");
    HttpResponse<String> number = post("{\"origin\":\"de\",\"destination\":\"fr\",\"hs\":\"9403.20\"} 42");
    assertThat(number.statusCode()).isEqualTo(400);
    assertThat(number.body()).contains("expected a shipment object");
  }

  @Test
  void badShipmentsGetA400() throws Exception {
    HttpResponse<String> r = post("""
        {"shipments": [{"origin": "Atlantis", "hs": "8542"}, {}]}""");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("unknown country 'Atlantis'").contains("hs code or a description");
    assertThat(post("[]").statusCode()).isEqualTo(400);
    HttpResponse<String> typed = post("{\"origin\": {\"a\": 1}, \"destination\": \"ru\", \"hs\": \"8542\"}");
    assertThat(typed.statusCode()).isEqualTo(400);
    assertThat(typed.body()).contains("shipments[0].origin: must be a string");
    assertThat(post("{\"destination\": \"ru\", \"hs\": \"8542\", \"date\": \"2022-02-30\"}").body())
        .contains("date: '2022-02-30' is not an ISO date");
    assertThat(post("nope").statusCode()).isEqualTo(400);
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  @Test
  void reportsAreIngestedAndGroupedIntoStories() throws Exception {
    byte[] seed = Files.readAllBytes(Fixtures.shared().getParent().resolve(
        "seeds/004_e118af1af0837c4e.txt"));
    HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/reports?name=seed4.txt"))
        .POST(HttpRequest.BodyPublishers.ofByteArray(seed)));
    assertThat(anonymous.statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/reports?name=seed4.txt"))
        .header("Authorization", "Bearer guess").POST(HttpRequest.BodyPublishers.ofByteArray(seed)));
    assertThat(wrong.statusCode()).isEqualTo(401);
    HttpResponse<String> added = send(HttpRequest.newBuilder(uri("/reports?name=seed4.txt"))
        .header("Authorization", "Bearer s3cret").POST(HttpRequest.BodyPublishers.ofByteArray(seed)));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonNode doc = MatchJson.MAPPER.readTree(added.body());
    assertThat(doc.get("story").asText()).isEqualTo("story-1");
    assertThat(doc.get("entities").toString()).contains("Wuhan Global Sensor Technology");
    HttpResponse<String> stories = send(HttpRequest.newBuilder(uri("/stories")).GET());
    assertThat(MatchJson.MAPPER.readTree(stories.body()).get(0).get("documents").asInt()).isEqualTo(1);
    HttpResponse<String> story = send(HttpRequest.newBuilder(uri("/stories/story-1")).GET());
    assertThat(story.body()).contains("\"kind\":\"SHARE\"").contains("approximately 90%");
    assertThat(send(HttpRequest.newBuilder(uri("/stories/story-99")).GET()).statusCode()).isEqualTo(404);
    HttpResponse<String> binary = send(HttpRequest.newBuilder(uri("/reports?name=x.bin"))
        .header("Authorization", "Bearer s3cret").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0, 1, 2, 3})));
    assertThat(binary.statusCode()).isEqualTo(400);
    assertThat(binary.body()).contains("binary");
    assertThat(send(HttpRequest.newBuilder(uri("/reports")).header("Authorization", "Bearer s3cret")
        .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(400);
  }

  @Test
  void answersTradeQuestionsWithCoverageAndRejectsBadOnes() throws Exception {
    JsonNode shares = MatchJson.MAPPER.readTree(send(HttpRequest.newBuilder(uri(
        "/trade/shares?target=Russia&from=2023&to=2023")).GET()).body());
    assertThat(shares.at("/shares/0/partner").asText()).isEqualTo("CN");
    assertThat(shares.at("/coverage/sources/0").asText()).startsWith("imf_");
    JsonNode conduits = MatchJson.MAPPER.readTree(send(HttpRequest.newBuilder(uri("/trade/conduits?goods=chpl"))
        .GET()).body());
    assertThat(conduits.at("/conduits/0/country").asText()).isEqualTo("KG");
    assertThat(conduits.at("/coverage/missing").toString()).contains("2022-12");
    HttpResponse<String> check = send(HttpRequest.newBuilder(uri("/trade/check")).POST(HttpRequest.BodyPublishers
        .ofString("{\"exporter\":\"CN\",\"importer\":\"RU\",\"trade\":true,\"value\":240e9,"
            + "\"from\":\"2023\",\"to\":\"2023\"}")));
    assertThat(MatchJson.MAPPER.readTree(check.body()).get("verdict").asText()).isEqualTo("consistent");
    HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/trade/shares")).GET());
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("target");
    HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/trade/flows?reporter=Narnia&partner=RU")).GET());
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("unknown country 'Narnia'");
    HttpResponse<String> badPeriod = send(HttpRequest.newBuilder(uri("/trade/shares?target=RU&from=spring")).GET());
    assertThat(badPeriod.body()).contains("not a period");
    assertThat(send(HttpRequest.newBuilder(uri("/trade/check")).POST(HttpRequest.BodyPublishers.ofString("[1"))).statusCode())
        .isEqualTo(400);
  }

  @Test
  void servesGoodsReadinessAndItsOpenApiDescription() throws Exception {
    JsonNode classify = MatchJson.MAPPER.readTree(send(HttpRequest.newBuilder(uri(
        "/goods/classify?text=CNC%20vertical%20machining%20center")).GET()).body());
    assertThat(classify.at("/candidates/0/heading").asText()).isEqualTo("8457");
    JsonNode code = MatchJson.MAPPER.readTree(send(HttpRequest.newBuilder(uri("/goods/8542.31")).GET()).body());
    assertThat(code.get("chpl").toString()).contains("854231");
    assertThat(send(HttpRequest.newBuilder(uri("/goods/9999")).GET()).statusCode()).isEqualTo(404);
    assertThat(send(HttpRequest.newBuilder(uri("/goods/classify")).GET()).statusCode()).isEqualTo(400);
    JsonNode ready = MatchJson.MAPPER.readTree(send(HttpRequest.newBuilder(uri("/ready")).GET()).body());
    assertThat(ready.at("/capabilities/trade").asBoolean()).isTrue();
    assertThat(ready.at("/capabilities/writes").asBoolean()).isTrue();
    JsonNode sdn = null;
    for (JsonNode l : ready.get("lists")) {
      if (l.get("list").asText().equals("OFAC SDN")) {
        sdn = l;
      }
    }
    assertThat(sdn).isNotNull();
    assertThat(sdn.get("records").asLong()).isEqualTo(5);
    assertThat(sdn.get("entities").asLong()).as("4 good rows and 1 alias-only entry").isEqualTo(5);
    assertThat(sdn.get("file_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    JsonNode openapi = MatchJson.MAPPER.readTree(send(HttpRequest.newBuilder(uri("/openapi.json")).GET()).body());
    assertThat(openapi.get("openapi").asText()).startsWith("3.");
    for (String path : List.of("/match", "/search", "/entities/{id}", "/check", "/reports", "/stories",
        "/stories/{id}", "/goods/classify", "/goods/{code}", "/trade/shares", "/trade/flows", "/trade/change",
        "/trade/conduits", "/trade/mirror-gap", "/trade/check", "/graph/nodes/{id}", "/graph/search", "/graph/path",
        "/graph/suppliers", "/graph/since", "/health", "/ready")) {
      assertThat(openapi.get("paths").has(path)).as(path).isTrue();
    }
  }
}
