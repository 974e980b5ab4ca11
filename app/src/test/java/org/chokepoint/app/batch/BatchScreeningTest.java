package org.chokepoint.app.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchScreeningTest {
  @TempDir
  static Path dir;

  static ScreeningIndex index;
  static BatchScreening batch;

  @BeforeAll
  static void build() throws Exception {
    index = IndexMaintainer.openOrBuild(Fixtures.smallData(dir.resolve("data")), SourceRegistry.builtIn(), false,
        s -> { });
    batch = new BatchScreening(new Screener(index), MatchQuery.DEFAULT_THRESHOLD, 3, 2);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void csvInJsonLinesOutInInputOrderWithBadRowsReported() throws Exception {
    Path in = dir.resolve("in.csv");
    StringBuilder csv = new StringBuilder("full_name,country\n");
    for (int i = 0; i < 5000; i++) {
      csv.append(i % 1000 == 7 ? "\"Hikvision\",cn\n" : i % 1000 == 8 ? ",cn\n" : "Person Number " + i + ",us\n");
    }
    Files.writeString(in, csv);
    Path out = dir.resolve("out.jsonl");
    BatchScreening.Summary s = batch.run(in, out, new BatchScreening.Columns("full_name", "country", null, null),
        null);
    assertThat(s.rows()).isEqualTo(5000);
    assertThat(s.matched()).isEqualTo(5);
    assertThat(s.errors()).isEqualTo(5);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(5000);
    JsonNode hit = MatchJson.MAPPER.readTree(lines.get(7));
    assertThat(hit.get("row").asLong()).isEqualTo(8);
    assertThat(hit.at("/matches/0/lists").toString()).contains("BIS Entity List");
    assertThat(MatchJson.MAPPER.readTree(lines.get(8)).get("error").asText()).contains("empty name");
    for (int i = 0; i < lines.size(); i++) {
      assertThat(MatchJson.MAPPER.readTree(lines.get(i)).get("row").asLong()).isEqualTo(i + 1);
    }
  }

  @Test
  void brokenCsvQuotingIsReportedAndEarlierRowsKept() throws Exception {
    Path in = dir.resolve("broken.csv");
    Files.writeString(in, "name\nHikvision\n\"never closed\nSpacety\n");
    Path out = dir.resolve("broken-out.csv");
    BatchScreening.Summary s = batch.run(in, out, new BatchScreening.Columns("name", null, null, null), null);
    assertThat(s.rows()).isEqualTo(2);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).startsWith("row,query_name,error");
    assertThat(lines.get(1)).contains("Hikvision").contains("BIS Entity List");
    assertThat(lines.get(2)).contains("unreadable CSV").contains("line 3");
  }

  @Test
  void jsonLinesInputToleratesInvalidLinesAndHostileValues() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, """
        {"name": "Wuhan Global Sensor Technology"}
        {not json
        [1,2,3]
        {"name": "%s"}
        {"name": {"nested": true}}
        """.formatted("A".repeat(5000)));
    Path out = dir.resolve("out2.jsonl");
    BatchScreening.Summary s = batch.run(in, out, new BatchScreening.Columns("name", null, null, null), null);
    assertThat(s.rows()).isEqualTo(5);
    List<String> lines = Files.readAllLines(out);
    assertThat(MatchJson.MAPPER.readTree(lines.get(0)).at("/matches/0/id").asText()).isNotEmpty();
    assertThat(MatchJson.MAPPER.readTree(lines.get(1)).get("error").asText()).contains("line 2").contains("invalid JSON");
    assertThat(MatchJson.MAPPER.readTree(lines.get(2)).get("error").asText()).contains("not a JSON object");
    assertThat(MatchJson.MAPPER.readTree(lines.get(3)).get("error").asText()).contains("at most 1000");
    assertThat(MatchJson.MAPPER.readTree(lines.get(4)).has("query")).isTrue();
  }

  @Test
  void windows1252LinesAmongUtf8LinesAreScreenedNotDropped() throws Exception {
    Path in = dir.resolve("mixed.csv");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes("name,country\nHikvision,cn\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bytes.writeBytes("Société Générale,fr\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
    bytes.writeBytes("Wuhan Global Sensor Technology,cn\nМосква Трейдинг,ru\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Files.write(in, bytes.toByteArray());
    Path out = dir.resolve("mixed-out.jsonl");

    BatchScreening.Summary s = batch.run(in, out, new BatchScreening.Columns("name", "country", null, null), null);

    assertThat(s.rows()).isEqualTo(4);
    assertThat(s.errors()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(MatchJson.MAPPER.readTree(lines.get(1)).at("/query/name").asText()).isEqualTo("Société Générale");
    assertThat(MatchJson.MAPPER.readTree(lines.get(2)).at("/matches/0/id").asText()).isNotEmpty();
    assertThat(MatchJson.MAPPER.readTree(lines.get(3)).at("/query/name").asText()).isEqualTo("Москва Трейдинг");
  }

  @Test
  void aMissingNameColumnIsAClearError() throws Exception {
    Path in = dir.resolve("cols.csv");
    Files.writeString(in, "a,b\n1,2\n");
    assertThatThrownBy(() -> batch.run(in, dir.resolve("x.csv"),
        new BatchScreening.Columns("full_name", null, null, null), null)).hasMessageContaining("no column 'full_name'");
  }
}
