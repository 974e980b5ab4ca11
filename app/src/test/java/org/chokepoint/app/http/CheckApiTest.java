package org.chokepoint.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.chokepoint.app.cli.Checks;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.goods.classify.GoodsClassifier;
import org.chokepoint.goods.controls.ControlsEngine;
import org.chokepoint.goods.controls.Rules;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Screener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckApiTest {
  @TempDir
  static Path dir;

  static ScreeningIndex index;
  static Javalin app;

  @BeforeAll
  static void start() throws Exception {
    DataDirectory data = Fixtures.smallData(dir);
    for (String f : new String[] {"hs2022_nomenclature.csv", "hs_sections.csv", "hs2022_hs2017_correlation.csv"}) {
      java.nio.file.Files.createDirectories(dir.resolve("goods"));
      java.nio.file.Files.copy(Fixtures.shared().resolve("goods").resolve(f), dir.resolve("goods").resolve(f));
    }
    java.nio.file.Files.copy(Fixtures.shared().resolve("goods/chpl_2024-02-23.csv"), dir.resolve("goods/chpl.csv"));
    index = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, s -> { });
    Screener screener = new Screener(index);
    GoodsCatalog goods = GoodsCatalog.load(data, SourceRegistry.builtIn());
    ControlsEngine controls = new ControlsEngine(Rules.standard(), goods,
        goods.newClassifier(), Checks.partyLookup(screener));
    app = new HttpApi(screener, controls).create().start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    index.close();
  }

  static HttpResponse<String> post(String body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
        + "/check")).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void checksShipmentsOverHttp() throws Exception {
    HttpResponse<String> r = post("""
        {"shipments": [{"origin": "cn", "destination": "ru", "hs": "854231", "consignee": "Hikvision"},
                       {"origin": "de", "destination": "fr", "hs": "9403.20"}]}""");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode n = MatchJson.MAPPER.readTree(r.body());
    assertThat(n.at("/0/verdict").asText()).isEqualTo("prohibited");
    assertThat(n.at("/0/findings").toString()).contains("bis-entity-list-party");
    assertThat(n.at("/1/verdict").asText()).isEqualTo("clear");
  }

  @Test
  void badShipmentsGetA400() throws Exception {
    HttpResponse<String> r = post("""
        {"shipments": [{"origin": "Atlantis", "hs": "8542"}, {}]}""");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("unknown country 'Atlantis'").contains("hs code or a description");
    assertThat(post("[]").statusCode()).isEqualTo(400);
    assertThat(post("nope").statusCode()).isEqualTo(400);
  }
}
