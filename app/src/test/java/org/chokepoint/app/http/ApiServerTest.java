package org.chokepoint.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.app.workspace.Services;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.graph.query.GraphQueries;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Screener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the server does for every route: limits, strict types, errors mapped once and 500s logged. */
class ApiServerTest {
  @TempDir
  static Path dir;
  static ScreeningIndex index;
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    index = IndexMaintainer.openOrBuild(Fixtures.smallData(dir), SourceRegistry.builtIn(), false, s -> { });
    Screener screener = new Screener(index);
    GraphQueries broken = GraphQueries.live(() -> {
      throw new IllegalStateException("the graph store went away");
    });
    Services services = Services.builder().screening(screener).graph(broken).build();
    app = ApiServer.create(services, WriteAccess.disabled(), ApiServer.Pages.API_AND_WEB_UI).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    index.close();
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  static HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  static HttpResponse<String> post(String path, String json) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Sends raw bytes and returns the status line. */
  static String raw(String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", app.port())) {
      s.setSoTimeout(20_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      InputStream in = s.getInputStream();
      StringBuilder line = new StringBuilder();
      for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
        line.append((char) c);
      }
      return line.toString().strip();
    }
  }

  @Test
  void aMultipartUploadOverTheLimitGetsA413() throws Exception {
    String boundary = "b0undary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"names.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n" + "Some Name\n".repeat(300_000) + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/ui/screen"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).expectContinue(true)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(r.statusCode()).isEqualTo(413);
  }

  @Test
  void aChunkedBodyOverTheLimitGetsA413() throws Exception {
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) ' ');
    List<byte[]> chunks = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      chunks.add(chunk);
    }
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/match"))
        .POST(HttpRequest.BodyPublishers.ofByteArrays(chunks)));
    assertThat(r.statusCode()).isEqualTo(413);
  }

  @Test
  void malformedChunkedEncodingIsTheClientsError() throws Exception {
    String status = raw("POST /match HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{\"queries\"\r\n0\r\n\r\n");
    assertThat(status).startsWith("HTTP/1.1 400");
  }

  @Test
  void valuesOfTheWrongTypeAreRefused() throws Exception {
    assertThat(post("/match?limit=1.5", "{\"queries\": {\"a\": {\"properties\": {\"name\": \"x\"}}}}").statusCode())
        .isEqualTo(400);
    HttpResponse<String> date = post("/match", """
        {"queries": {"a": {"schema": "Person",
          "properties": {"name": "Vladimir Putin", "birthDate": "not-a-date"}}}}""");
    assertThat(date.statusCode()).isEqualTo(400);
    assertThat(date.body()).contains("queries.a.birthDate");
    assertThat(post("/match", "{\"queries\": {\"a\": {\"schema\": 7, \"properties\": {\"name\": \"x\"}}}}")
        .statusCode()).isEqualTo(400);
    assertThat(post("/match", "{\"queries\": {\"a\": {\"properties\": {\"name\": \"x\"}}}} {\"more\": 1}")
        .statusCode()).isEqualTo(400);
    assertThat(get("/search?q=x&limit=1.5").body()).contains("whole number");
    assertThat(get("/graph/since?date=2022-02-30").statusCode()).isEqualTo(400);
  }

  @Test
  void searchHonoursItsCountries() throws Exception {
    String q = "/search?q=" + URLEncoder.encode("Wuhan Global Sensor Technology", StandardCharsets.UTF_8);
    JsonNode plain = MatchJson.MAPPER.readTree(get(q).body());
    JsonNode china = MatchJson.MAPPER.readTree(get(q + "&countries=cn").body());
    JsonNode russia = MatchJson.MAPPER.readTree(get(q + "&countries=Russia").body());
    assertThat(china.at("/query/countries").toString()).containsIgnoringCase("\"cn\"");
    assertThat(russia.at("/query/countries").toString()).containsIgnoringCase("\"ru\"");
    assertThat(russia.at("/matches/0/explanation").toString()).contains("country")
        .isNotEqualTo(plain.at("/matches/0/explanation").toString());
    HttpResponse<String> unknown = get(q + "&countries=Atlantis");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("unknown country 'Atlantis'");
  }

  @Test
  void anUnexpectedErrorIsA500LoggedWithItsStackTrace() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    HttpResponse<String> r;
    try {
      r = get("/graph/search?q=wuhan");
    } finally {
      System.setErr(original);
    }
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).contains("internal error").doesNotContain("went away");
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("GET /graph/search").contains("the graph store went away")
        .contains("at org.chokepoint.");
  }

  @Test
  void slowClientsDoNotStarveHealth() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 400; i++) {
        Socket s = new Socket("127.0.0.1", app.port());
        OutputStream out = s.getOutputStream();
        out.write(("POST /match HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: 100000\r\n\r\n{\"queries\": ").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        slow.add(s);
      }
      long t0 = System.nanoTime();
      HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/health")).GET());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }
}
