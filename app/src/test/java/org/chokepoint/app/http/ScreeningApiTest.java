package org.chokepoint.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Screener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningApiTest {
  @TempDir
  static Path dir;

  static ScreeningIndex index;
  static Javalin app;
  static HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    index = IndexMaintainer.openOrBuild(Fixtures.smallData(dir), SourceRegistry.builtIn(), false, s -> { });
    app = ApiServer.create(Services.builder().screening(new Screener(index)).build(), WriteAccess.disabled(),
        ApiServer.Pages.API).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    index.close();
  }

  record Reply(int status, JsonNode body) {}

  static Reply get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), MatchJson.MAPPER.readTree(r.body()));
  }

  static Reply post(String path, String body) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body().isEmpty() ? null : MatchJson.MAPPER.readTree(r.body()));
  }

  @Test
  void matchAnswersEachQueryByKey() throws Exception {
    Reply r = post("/match", """
        {"queries": {
          "q1": {"schema": "Company", "properties": {"name": ["Wuhan Global Sensor Tech Co., Ltd"], "country": ["cn"]}},
          "q2": {"schema": "Person", "properties": {"name": "Vladimir Putin", "birthDate": ["1952-10-07"]}},
          "q3": {"properties": {"name": ["Nobody Inparticular Holdings"]}}}}""");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body().at("/responses/q1/results/0/lists").toString()).contains("OFAC SDN (RUSSIA-EO14024)");
    assertThat(r.body().at("/responses/q2/results/0/explanation/features").toString()).contains("birth_date");
    assertThat(r.body().at("/responses/q3/results")).isEmpty();
  }

  @Test
  void invalidRequestsGetA400SayingWhatIsWrong() throws Exception {
    assertThat(post("/match", "{not json").status()).isEqualTo(400);
    assertThat(post("/match", "{\"queries\": []}").body().get("error").asText()).contains("'queries' object");
    Reply many = post("/match", """
        {"queries": {"a": {"schema": "Starship", "properties": {"name": ["x"]}},
                     "b": {"properties": {"name": []}},
                     "c": {"properties": {"name": ["x"], "country": ["Atlantis"]}},
                     "d": {"properties": {"name": [42]}}}}""");
    assertThat(many.status()).isEqualTo(400);
    assertThat(many.body().get("details")).hasSize(4);
    assertThat(many.body().get("details").toString()).contains("queries.a.schema").contains("queries.b")
        .contains("unknown country 'Atlantis'").contains("only strings");
    assertThat(post("/match?threshold=7", "{\"queries\": {\"a\": {\"properties\": {\"name\": \"x\"}}}}").status())
        .isEqualTo(400);
    String huge = "{\"queries\": {\"a\": {\"properties\": {\"name\": [\"" + "x".repeat(2000) + "\"]}}}}";
    assertThat(post("/match", huge).body().get("error").asText()).contains("at most 1000");
  }

  @Test
  void oversizedBodiesAreRefused() throws Exception {
    String body = "{\"queries\": {\"a\": {\"properties\": {\"name\": [\"" + "x".repeat(2 << 20) + "\"]}}}}";
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/match"))
        .expectContinue(true).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(413);
  }

  @Test
  void searchAndEntityLookups() throws Exception {
    Reply s = get("/search?q=" + URLEncoder.encode("Hikvision", StandardCharsets.UTF_8));
    assertThat(s.status()).isEqualTo(200);
    String id = s.body().at("/matches/0/id").asText();
    Reply e = get("/entities/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.body().at("/entities/0/listings/0/source").asText()).isNotEmpty();
    assertThat(get("/entities/no-such-id").status()).isEqualTo(404);
    assertThat(get("/search").status()).isEqualTo(400);
    assertThat(get("/search?q=x&limit=abc").body().get("error").asText()).contains("must be a number");
    assertThat(get("/health").body().get("status").asText()).isEqualTo("ok");
  }

  @Test
  void matchAnswersCarryTheirAuditTrailAndHonourExclusions() throws Exception {
    String query = """
        {"queries": {"q1": {"schema": "Company", "properties": {"name": ["Wuhan Global Sensor Tech Co., Ltd"]}}}}""";
    Reply plain = post("/match", query);
    assertThat(plain.body().at("/audit/algorithm_version").asText()).isNotBlank();
    assertThat(plain.body().at("/audit/lists").size()).isPositive();
    assertThat(plain.body().at("/audit/lists/0/sha256").asText()).hasSize(64);
    String top = plain.body().at("/responses/q1/results/0/id").asText();
    Reply excluded = post("/match?exclude=" + URLEncoder.encode(top, StandardCharsets.UTF_8), query);
    assertThat(excluded.body().at("/responses/q1/results").findValuesAsText("id")).doesNotContain(top);
    assertThat(excluded.body().at("/responses/q1/query/exclude").toString()).contains(top);
  }

  @Test
  void changesAreListedSinceADateAndABadDateIsA400() throws Exception {
    Reply all = get("/changes?since=2000-01-01");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.body().get("changes").size()).isPositive();
    assertThat(all.body().at("/changes/0/initial").asBoolean()).isTrue();
    assertThat(get("/changes?since=2999-01-01").body().get("changes")).isEmpty();
    assertThat(get("/changes?since=yesterday").status()).isEqualTo(400);
  }
}
