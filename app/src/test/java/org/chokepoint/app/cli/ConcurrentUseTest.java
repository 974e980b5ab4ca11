package org.chokepoint.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.app.Main;
import org.chokepoint.app.workspace.DataLayout;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.graph.store.GraphStore;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.trade.load.TradeParser;
import org.chokepoint.trade.store.TradeSnapshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code serve} process and real command-line processes on the same data directory: read-only commands work
 * beside the server, {@code graph build} makes a new graph live that the server answers from without a restart or a
 * failed request, and a build killed with SIGKILL leaves the last good graph serving and its leftovers are removed.
 */
class ConcurrentUseTest {
  @TempDir
  static Path dir;
  static DataLayout layout;
  static Process server;
  static String base;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final Path SEED = Fixtures.shared().getParent().resolve("seeds/004_e118af1af0837c4e.txt");
  static final Path SERVED_SEED = Fixtures.shared().getParent().resolve("seeds/000_f6d9cb445495958e.txt");
  static String startup;

  @BeforeAll
  static void serve() throws Exception {
    layout = new DataLayout(dir.resolve("data"));
    Fixtures.smallData(layout.root());
    Path goods = layout.root().resolve("goods");
    Files.createDirectories(goods);
    for (String f : new String[] {"hs2022_nomenclature.csv", "hs_sections.csv", "hs2022_hs2017_correlation.csv"}) {
      Files.copy(Fixtures.shared().resolve("goods").resolve(f), goods.resolve(f));
    }
    Files.copy(Fixtures.shared().resolve("goods/chpl_2024-02-23.csv"), goods.resolve("chpl.csv"));
    GoodsCatalog catalog = GoodsCatalog.load(layout.data(), SourceRegistry.builtIn());
    new TradeSnapshots(layout.trade()).importFiles(List.of(Fixtures.shared().resolve(
        "trade/imf_imts_russia_by_partner_annual_2016_2024.csv")), null, () -> new TradeParser(catalog.correlation()));
    server = cli("serve", "--port", "0", "--reports", SERVED_SEED.toString()).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    Pattern serving = Pattern.compile("serving on (http://\\S+:\\d+)");
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      Matcher m = serving.matcher(line);
      if (m.find()) {
        base = m.group(1);
        break;
      }
    }
    startup = seen.toString();
    assertThat(base).as("serve started:\n%s", seen).isNotNull();
    Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
    drain.setDaemon(true);
    drain.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.destroy();
      server.waitFor(20, TimeUnit.SECONDS);
    }
  }

  /** The launcher in a new JVM with this test's class path, on the shared data directory. */
  static ProcessBuilder cli(String... args) {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "--data", layout.root().toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  record Result(int exit, String output) {}

  static Result run(String... args) throws Exception {
    Process p = cli(args).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), output);
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static boolean hasNode(String id) throws Exception {
    return get("/graph/nodes/" + id).statusCode() == 200;
  }

  @Test
  void serveSaysWhatItIngested() {
    assertThat(startup).contains("reports: 1 stored (1 new, 0 already stored, 0 refused)");
  }

  @Test
  void aSecondServerOnTheSamePortFailsBeforeLoadingAnything() {
    String port = base.substring(base.lastIndexOf(':') + 1);
    long t0 = System.nanoTime();
    CliTest.Run r = CliTest.run("--data", layout.root().toString(), "serve", "--port", port);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("cannot listen on 127.0.0.1:" + port).doesNotContain("reports:")
        .doesNotContain("graph");
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(2);
  }

  @Test
  void readOnlyCommandsWorkWhileTheServerRuns() throws Exception {
    assertThat(get("/ready").body()).contains("\"trade\":true").contains("\"graph\":true");
    Result screen = run("screen", "Wuhan Global Sensor Tech", "--json");
    assertThat(screen.exit()).as(screen.output()).isZero();
    assertThat(screen.output()).contains("WUHAN GLOBAL SENSOR TECHNOLOGY");
    Result shares = run("trade", "shares", "--target", "RU", "--from", "2023", "--to", "2023", "--json");
    assertThat(shares.exit()).as(shares.output()).isZero();
    assertThat(shares.output()).contains("\"partner\":\"CN\"");
    Result goods = run("goods", "show", "8542.31");
    assertThat(goods.exit()).as(goods.output()).isZero();
    Result search = run("graph", "search", "wuhan");
    assertThat(search.exit()).as(search.output()).isZero();
    assertThat(search.output()).containsIgnoringCase("wuhan");
    Path brief = dir.resolve("brief.html");
    Result written = run("brief", SEED.toString(), "--out", brief.toString());
    assertThat(written.exit()).as(written.output()).isZero();
    assertThat(Files.readString(brief)).contains("What the trade data says");
    assertThat(get("/trade/shares?target=RU&from=2023&to=2023").statusCode()).isEqualTo(200);
  }

  @Test
  void aGraphBuiltBesideTheServerIsServedWithoutARestartOrAFailedRequest() throws Exception {
    String doc = "doc:" + SEED.getFileName();
    assertThat(hasNode(doc)).isFalse();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger requests = new AtomicInteger();
    List<String> failures = new ArrayList<>();
    CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
      while (!stop.get()) {
        try {
          HttpResponse<String> r = get("/graph/search?q=wuhan");
          requests.incrementAndGet();
          if (r.statusCode() != 200) {
            synchronized (failures) {
              failures.add(r.statusCode() + " " + r.body());
            }
          }
        } catch (Exception e) {
          synchronized (failures) {
            failures.add(e.toString());
          }
        }
      }
    });
    Result build = run("graph", "build", "--reports", SEED.toString());
    assertThat(build.exit()).as(build.output()).isZero();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!hasNode(doc) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    stop.set(true);
    load.get(30, TimeUnit.SECONDS);
    assertThat(hasNode(doc)).as("the server answers from the new graph").isTrue();
    assertThat(requests.get()).isPositive();
    assertThat(failures).as("requests during the swap").isEmpty();
  }

  @Test
  void aBuildKilledHalfWayLeavesTheLastGoodGraphAndItsLeftoversAreRemoved() throws Exception {
    Path live = layout.graph();
    Path building = GraphStore.buildingOf(live);
    boolean caught = false;
    for (int attempt = 0; attempt < 5 && !caught; attempt++) {
      byte[] before = Files.readAllBytes(live);
      Process p = cli("graph", "build", "--reports", SEED.toString()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      while (p.isAlive() && !Files.exists(building)) {
        Thread.onSpinWait();
      }
      if (p.isAlive()) {
        p.destroyForcibly();
        p.waitFor(20, TimeUnit.SECONDS);
        caught = Files.exists(building);
        if (caught) {
          assertThat(Files.readAllBytes(live)).as("the live graph is untouched").isEqualTo(before);
        }
      }
      assertThat(get("/graph/search?q=wuhan").statusCode()).isEqualTo(200);
    }
    assertThat(caught).as("a build was killed while writing").isTrue();
    assertThat(GraphStore.load(live).nodes()).isNotEmpty();
    Result next = run("graph", "build");
    assertThat(next.exit()).as(next.output()).isZero();
    assertThat(building).doesNotExist();
    assertThat(building.resolveSibling(building.getFileName() + ".wal")).doesNotExist();
    assertThat(get("/graph/search?q=wuhan").statusCode()).isEqualTo(200);
  }
}
