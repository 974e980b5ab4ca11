package org.chokepoint.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdaterTest {
  @TempDir
  Path dir;

  private HttpServer server;
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = files.get(exchange.getRequestURI().getPath());
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private SourceRegistry registry() throws Exception {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    Path config = dir.resolve("sources.json");
    Files.writeString(config, """
        {"sources": [
          {"id": "a", "file": "lists/a.csv", "url": "%s/a.csv", "mirror": "lists/a_*.csv"},
          {"id": "b", "file": "lists/b.csv", "url": "%s/missing.csv", "mirror": "lists/b.csv"},
          {"id": "c", "file": "lists/c", "mirror": "lists/c_dir", "directory": true}
        ]}""".formatted(base, base));
    return SourceRegistry.read(config);
  }

  @Test
  void downloadsFromThePublisherAndKeepsTheOldCopyWhenAFetchFails() throws Exception {
    files.put("/a.csv", "fresh".getBytes(StandardCharsets.UTF_8));
    DataDirectory data = new DataDirectory(dir.resolve("data"));
    Files.createDirectories(data.root().resolve("lists"));
    Files.writeString(data.root().resolve("lists/b.csv"), "old but good");

    List<Updater.Outcome> outcomes = new Updater(data, registry(), Updater.defaultClient()).download();

    assertThat(outcomes).extracting(Updater.Outcome::status)
        .containsExactly(Updater.Status.UPDATED, Updater.Status.FAILED, Updater.Status.SKIPPED);
    assertThat(outcomes.get(1).message()).contains("HTTP 404").contains("kept the old copy");
    assertThat(data.root().resolve("lists/a.csv")).hasContent("fresh");
    assertThat(data.root().resolve("lists/b.csv")).hasContent("old but good");
    assertThat(data.root().resolve("manifest.json")).exists();
    try (var s = Files.list(data.root().resolve("lists"))) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".incoming"));
    }
  }

  @Test
  void copiesTheNewestMatchingFileAndWholeFoldersFromAMirror() throws Exception {
    Path mirror = dir.resolve("mirror");
    Files.createDirectories(mirror.resolve("lists/c_dir"));
    Files.writeString(mirror.resolve("lists/a_2024-01-01.csv"), "older");
    Files.writeString(mirror.resolve("lists/a_2025-01-01.csv"), "newer");
    Files.writeString(mirror.resolve("lists/b.csv"), "bee");
    Files.writeString(mirror.resolve("lists/c_dir/one.csv"), "1");
    Files.writeString(mirror.resolve("lists/c_dir/two.csv"), "2");
    DataDirectory data = new DataDirectory(dir.resolve("data"));
    Updater updater = new Updater(data, registry(), Updater.defaultClient());

    assertThat(updater.fromMirror(mirror)).extracting(Updater.Outcome::status).containsOnly(Updater.Status.UPDATED);
    assertThat(data.root().resolve("lists/a.csv")).hasContent("newer");
    assertThat(data.root().resolve("lists/c/two.csv")).hasContent("2");
    assertThat(updater.fromMirror(mirror).getFirst().status()).isEqualTo(Updater.Status.UNCHANGED);
  }

  @Test
  void anEmptyMirrorFileDoesNotReplaceData() throws Exception {
    Path mirror = dir.resolve("mirror");
    Files.createDirectories(mirror.resolve("lists"));
    Files.writeString(mirror.resolve("lists/a_1.csv"), "");
    DataDirectory data = new DataDirectory(dir.resolve("data"));
    Files.createDirectories(data.root().resolve("lists"));
    Files.writeString(data.root().resolve("lists/a.csv"), "kept");

    Updater.Outcome a = new Updater(data, registry(), Updater.defaultClient()).fromMirror(mirror).getFirst();

    assertThat(a.status()).isEqualTo(Updater.Status.FAILED);
    assertThat(data.root().resolve("lists/a.csv")).hasContent("kept");
  }

  /** The 185-byte page a CDN serves while the publisher is down. */
  static final String HTML_503 = "<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head>"
      + "<body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your request.</p>"
      + "</body></html>";

  @Test
  void anHtmlErrorPageIsNeverAcceptedAsAList() throws Exception {
    assertThat(HTML_503.getBytes(StandardCharsets.UTF_8)).hasSize(185);
    files.put("/a.csv", HTML_503.getBytes(StandardCharsets.UTF_8));
    DataDirectory data = new DataDirectory(dir.resolve("data"));
    Files.createDirectories(data.root().resolve("lists"));
    Files.writeString(data.root().resolve("lists/a.csv"), "id,name\n1,Good\n");

    Updater.Outcome a = new Updater(data, registry(), Updater.defaultClient()).download().getFirst();

    assertThat(a.status()).isEqualTo(Updater.Status.REFUSED);
    assertThat(Updater.failed(a)).isTrue();
    assertThat(a.message()).contains("lists/a.csv").contains("HTML page").contains("503 service unavailable")
        .contains("kept the old copy");
    assertThat(data.root().resolve("lists/a.csv")).hasContent("id,name\n1,Good\n");
    try (var s = Files.list(data.root().resolve("lists"))) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".incoming"));
    }
  }

  @Test
  void aRefusalByTheValidatorKeepsTheOldFileAndFolder() throws Exception {
    Path mirror = dir.resolve("mirror");
    Files.createDirectories(mirror.resolve("lists/c_dir"));
    Files.writeString(mirror.resolve("lists/a_1.csv"), "damaged");
    Files.writeString(mirror.resolve("lists/b.csv"), "bee");
    Files.writeString(mirror.resolve("lists/c_dir/one.csv"), "damaged");
    DataDirectory data = new DataDirectory(dir.resolve("data"));
    Files.createDirectories(data.root().resolve("lists/c"));
    Files.writeString(data.root().resolve("lists/a.csv"), "good");
    Files.writeString(data.root().resolve("lists/c/one.csv"), "good");
    SourceValidator noDamage = (source, candidate, current) -> {
      Path f = source.directory() ? candidate.resolve("one.csv") : candidate;
      return Files.readString(f).equals("damaged") ? java.util.Optional.of("damaged") : java.util.Optional.empty();
    };

    List<Updater.Outcome> outcomes = new Updater(data, registry(), Updater.defaultClient(), noDamage)
        .fromMirror(mirror);

    assertThat(outcomes).extracting(Updater.Outcome::status)
        .containsExactly(Updater.Status.REFUSED, Updater.Status.UPDATED, Updater.Status.REFUSED);
    assertThat(outcomes.getFirst().message()).contains("a_1.csv").contains("lists/a.csv").contains("damaged");
    assertThat(data.root().resolve("lists/a.csv")).hasContent("good");
    assertThat(data.root().resolve("lists/c/one.csv")).hasContent("good");
    assertThat(data.root().resolve("lists/b.csv")).hasContent("bee");
    try (var s = Files.list(data.root().resolve("lists"))) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".incoming"));
    }
  }

  @Test
  void anUnchangedMirrorFolderIsNotCopiedAgain() throws Exception {
    Path mirror = dir.resolve("mirror");
    Files.createDirectories(mirror.resolve("lists/c_dir"));
    Files.writeString(mirror.resolve("lists/c_dir/one.csv"), "1");
    DataDirectory data = new DataDirectory(dir.resolve("data"));
    Updater updater = new Updater(data, registry(), Updater.defaultClient());
    assertThat(updater.fromMirror(mirror).get(2).status()).isEqualTo(Updater.Status.UPDATED);
    Path copy = data.root().resolve("lists/c/one.csv");
    java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(copy, before);

    assertThat(updater.fromMirror(mirror).get(2).status()).isEqualTo(Updater.Status.UNCHANGED);
    assertThat(Files.getLastModifiedTime(copy)).isEqualTo(before);

    Files.writeString(mirror.resolve("lists/c_dir/one.csv"), "2");
    assertThat(updater.fromMirror(mirror).get(2).status()).isEqualTo(Updater.Status.UPDATED);
    assertThat(copy).hasContent("2");
  }

  @Test
  void builtInRegistryNamesThePublishersRealAddresses() {
    SourceRegistry builtIn = SourceRegistry.builtIn();
    assertThat(builtIn.get("ofac-sdn").url()).startsWith("https://www.treasury.gov/ofac/downloads/");
    assertThat(builtIn.get("un-consolidated").url()).startsWith("https://scsanctions.un.org/");
    assertThat(builtIn.get("trade-gov-csl").url()).startsWith("https://data.trade.gov/");
  }

  @Test
  void aBadRegistryFileIsReportedWithItsEntry() throws Exception {
    Path config = dir.resolve("bad.json");
    Files.writeString(config, "{\"sources\": [{\"id\": \"x\", \"file\": \"../../etc/passwd\"}]}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SourceRegistry.read(config))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sources[0]")
        .hasMessageContaining("inside the data directory");
  }
}
