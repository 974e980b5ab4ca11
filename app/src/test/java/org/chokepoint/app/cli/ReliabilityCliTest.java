package org.chokepoint.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.chokepoint.app.cli.CliTest.Run;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.graph.model.Graph;
import org.chokepoint.graph.model.Node;
import org.chokepoint.graph.model.NodeKind;
import org.chokepoint.graph.store.GraphStore;
import org.chokepoint.lists.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line under hostile conditions: damaged downloads, unchanged mirrors, bad paths, interrupted builds. */
class ReliabilityCliTest {
  @TempDir
  static Path dir;

  static Path data;

  @BeforeAll
  static void fill() {
    data = dir.resolve("data");
    Run r = CliTest.run("update", "--data", data.toString(), "--mirror", Fixtures.shared().toString());
    assertThat(r.code()).as(r.err()).isZero();
  }

  /** A copy of the real mirror in which the files named in {@code damaged} are newer, damaged versions. */
  static Path mirrorWith(Map<String, byte[]> damaged) throws Exception {
    Path mirror = Files.createTempDirectory(dir, "mirror-");
    for (String part : new String[] {"lists", "goods"}) {
      Path from = Fixtures.shared().resolve(part);
      try (Stream<Path> s = Files.walk(from)) {
        for (Path p : s.toList()) {
          Path to = mirror.resolve(part).resolve(from.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to);
          }
        }
      }
    }
    for (var e : damaged.entrySet()) {
      Files.write(mirror.resolve("lists").resolve(e.getKey()), e.getValue());
    }
    return mirror;
  }

  static byte[] real(String name) throws Exception {
    return Files.readAllBytes(Fixtures.shared().resolve("lists").resolve(name));
  }

  @Test
  void aDamagedUpdateIsRefusedWithExitOneAndTheListsKeepTheirCounts() throws Exception {
    Run before = CliTest.run("lists", "--data", data.toString());
    byte[] sdn = real("ofac_sdn_2024-05-03.csv");
    byte[] un = real("un_consolidated_2026-02-27.xml");
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    System.arraycopy(noise, 0, un, un.length / 2, noise.length);
    Path mirror = mirrorWith(Map.of("ofac_sdn_2099-01-01.csv", java.util.Arrays.copyOf(sdn, sdn.length / 2),
        "un_consolidated_2099-01-01.xml", un));

    Run r = CliTest.run("update", "--data", data.toString(), "--mirror", mirror.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("error: ofac-sdn: refused").contains("ofac_sdn_2099-01-01.csv")
        .contains("error: un-consolidated: refused").contains("un_consolidated_2099-01-01.xml")
        .contains("XML not well-formed").contains("kept the old copy");
    assertThat(r.out()).contains("REFUSED").doesNotContain("UPDATED");
    assertThat(r.err()).doesNotContain("[Fatal Error]").doesNotContain("rebuilding");
    assertThat(data.resolve("lists/ofac/sdn.csv")).hasSameBinaryContentAs(
        Fixtures.shared().resolve("lists/ofac_sdn_2024-05-03.csv"));
    Run after = CliTest.run("lists", "--data", data.toString());
    assertThat(after.out()).isEqualTo(before.out());
    assertThat(after.out()).contains("file date").containsPattern("OFAC SDN +sdn\\.csv +\\d{4}-\\d{2}-\\d{2} ");
    Run wuhan = CliTest.run("screen", "--data", data.toString(), "Wuhan Global Sensor Tech Co., Ltd");
    assertThat(wuhan.out()).contains("OFAC SDN (RUSSIA-EO14024)");
  }

  @Test
  void anUnchangedMirrorCopiesNothingAndDoesNotRebuildTheIndex() throws Exception {
    String build = Files.readString(data.resolve("index/screening/CURRENT"));
    Run r = CliTest.run("update", "--data", data.toString(), "--mirror", Fixtures.shared().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("eu-journal").contains("uk-sanctions").doesNotContain("UPDATED");
    assertThat(r.out().lines().filter(l -> l.startsWith("eu-journal") || l.startsWith("uk-sanctions")))
        .allMatch(l -> l.contains("UNCHANGED"));
    assertThat(r.err()).doesNotContain("rebuilding").doesNotContain("building the screening index");
    assertThat(data.resolve("index/screening/CURRENT")).hasContent(build);
  }

  @Test
  void errorsNameTheReasonAndThePath() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("a-folder.json"));
    Run isDir = CliTest.run("check", "--data", data.toString(), folder.toString());
    assertThat(isDir.code()).isEqualTo(1);
    assertThat(isDir.err()).contains("error: ").containsIgnoringCase("is a directory").contains(folder.toString());
    Path missing = dir.resolve("missing.json");
    Run notThere = CliTest.run("check", "--data", data.toString(), missing.toString());
    assertThat(notThere.err()).contains("error: no such file or directory: " + missing);
    Run badMirror = CliTest.run("update", "--data", dir.resolve("other").toString(), "--mirror",
        dir.resolve("no-mirror").toString());
    assertThat(badMirror.code()).isNotZero();
    assertThat(badMirror.err()).contains("no-mirror").contains("not a directory");
  }

  @Test
  void everyShipmentOfAJsonLinesFileIsChecked() throws Exception {
    Path file = dir.resolve("three.json");
    Files.writeString(file, """
        {"origin": "de", "destination": "fr", "hs": "9403.20"}
        {"origin": "China", "destination": "Russia", "hs": "854231"}
        {"origin": "ru", "destination": "us", "hs": "760110", "production_date": "2024-06-01", "date": "2024-07-01"}
        """);
    Run r = CliTest.run("check", "--data", data.toString(), file.toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode n = MatchJson.MAPPER.readTree(r.out());
    assertThat(n).hasSize(3);
    assertThat(n.at("/2/verdict").asText()).isEqualTo("prohibited");
    assertThat(n.at("/2/findings").toString()).contains("us-ban-ru-metals-2024");
    assertThat(n.at("/1/findings").toString()).doesNotContain("eu-833-12g-chpl-ru-by");
    assertThat(n.at("/1/notes").toString()).contains("eu-833-12g-chpl-ru-by").contains("not applied");
    Run text = CliTest.run("check", "--data", data.toString(), file.toString());
    assertThat(text.out()).contains("shipment 3: prohibited").contains("note             eu-833-12g-chpl-ru-by")
        .contains("EU n/a");

    Path trailing = dir.resolve("trailing.json");
    Files.writeString(trailing, "{\"origin\": \"de\", \"destination\": \"fr\", \"hs\": \"9403.20\"} garbage");
    Run refused = CliTest.run("check", "--data", data.toString(), trailing.toString());
    assertThat(refused.code()).isNotZero();
    assertThat(refused.err()).contains(trailing.toString()).contains("line 1");
  }

  @Test
  void theWriteTokenComesFromAFileOrTheEnvironmentNotTheProcessList() throws Exception {
    Path tokenFile = dir.resolve("token");
    Files.writeString(tokenFile, "s3cret\n");
    java.io.StringWriter warnings = new java.io.StringWriter();
    java.io.PrintWriter err = new java.io.PrintWriter(warnings, true);
    assertThat(Tokens.resolve(null, tokenFile, false, err)).isEqualTo("s3cret");
    assertThat(Tokens.resolve("from-env", null, false, err)).isEqualTo("from-env");
    assertThat(warnings.toString()).isEmpty();
    assertThat(Tokens.resolve("typed", null, true, err)).isEqualTo("typed");
    assertThat(warnings.toString()).contains("visible to other users").contains("CHOKEPOINT_TOKEN");
    Run missing = CliTest.run("serve", "--data", data.toString(), "--port", "0", "--token-file",
        dir.resolve("no-token").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--token-file").contains("no-token").contains("no such file");
    Files.writeString(dir.resolve("empty-token"), "\n");
    assertThat(CliTest.run("serve", "--data", data.toString(), "--port", "0", "--token-file",
        dir.resolve("empty-token").toString()).err()).contains("first line is empty");
  }

  @Test
  void leftoversOfAnInterruptedBuildAreRemovedAndTheLastGoodGraphIsUsed() throws Exception {
    Path crashed = dir.resolve("crashed");
    Path graphFile = crashed.resolve("graph/graph.duckdb");
    Graph g = new Graph();
    g.add(new Node("country:RU", NodeKind.COUNTRY, "Russia", "RU", Map.of()));
    GraphStore.save(g, graphFile);
    Path building = graphFile.resolveSibling("graph.duckdb.building");
    Path wal = graphFile.resolveSibling("graph.duckdb.building.wal");
    Path staging = Files.createDirectories(crashed.resolve("index/screening/.staging-build-1/lucene"));
    Files.writeString(building, "half a graph");
    Files.write(wal, new byte[1 << 20]);
    FileTime old = FileTime.from(Instant.now().minusSeconds(600));
    for (Path p : new Path[] {building, wal, staging, staging.getParent()}) {
      Files.setLastModifiedTime(p, old);
    }

    Run r = CliTest.run("graph", "search", "--data", crashed.toString(), "Russia");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("country:RU");
    assertThat(building).doesNotExist();
    assertThat(wal).doesNotExist();
    assertThat(staging.getParent()).doesNotExist();
    assertThat(graphFile).exists();
    assertThat(new String(Files.readAllBytes(graphFile), StandardCharsets.ISO_8859_1)).isNotEmpty();
  }
}
