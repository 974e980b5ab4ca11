package org.chokepoint.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.data.Updater;
import org.chokepoint.lists.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoodsCliTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void data() throws Exception {
    new Updater(new DataDirectory(dir), SourceRegistry.builtIn(), Updater.defaultClient()).fromMirror(Fixtures.shared());
  }

  @Test
  void showsACodeWithItsChplItemsAndGroups() throws Exception {
    CliTest.Run r = CliTest.run("goods", "show", "--data", dir.toString(), "8542", "--json");
    assertThat(r.code()).isZero();
    JsonNode n = MatchJson.MAPPER.readTree(r.out());
    assertThat(n.get("description").asText()).isEqualTo("Electronic integrated circuits");
    assertThat(n.get("chpl")).hasSize(4);
    assertThat(n.get("groups").toString()).contains("integrated-circuits");
    assertThat(n.at("/parents/0/code").asText()).isEqualTo("85");
  }

  @Test
  void convertsHs2017ToAll2022Codes() throws Exception {
    CliTest.Run r = CliTest.run("goods", "convert", "--data", dir.toString(), "8541.40", "--from", "2017", "--json");
    assertThat(r.code()).isZero();
    JsonNode n = MatchJson.MAPPER.readTree(r.out());
    assertThat(n.at("/subheadings/854140").toString()).contains("854141").contains("854149").contains("n:1");
  }

  @Test
  void badAndUnknownCodesAreClearErrors() {
    CliTest.Run bad = CliTest.run("goods", "show", "--data", dir.toString(), "85ab");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("other than digits");
    CliTest.Run unknown = CliTest.run("goods", "show", "--data", dir.toString(), "8541.40");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("HS 2022 has no code 8541.40").doesNotContain("\tat ");
    CliTest.Run noData = CliTest.run("goods", "show", "--data", dir.resolve("none").toString(), "8542");
    assertThat(noData.err()).contains("run 'chokepoint update'");
  }

  @Test
  void classifiesDescriptionsAndServices() throws Exception {
    CliTest.Run r = CliTest.run("goods", "classify", "--data", dir.toString(), "MLCC multilayer ceramic capacitors",
        "--json");
    assertThat(r.code()).isZero();
    JsonNode n = MatchJson.MAPPER.readTree(r.out());
    assertThat(n.at("/candidates/0/heading").asText()).isEqualTo("8532");
    assertThat(n.at("/candidates/0/score").asDouble()).isEqualTo(1.0);
    CliTest.Run service = CliTest.run("goods", "classify", "--data", dir.toString(), "satellite imagery");
    assertThat(service.out()).contains("not goods");
  }

  @Test
  void checksShipmentsWithCitations() throws Exception {
    Path shipments = dir.resolve("shipments.json");
    Files.writeString(shipments, """
        [{"origin": "China", "exporter_country": "Germany", "destination": "Russia", "hs": "8542.31",
          "shipper": "Wuhan Global Sensor Technology Co., Ltd", "date": "2024-06-01"},
         {"origin": "ru", "destination": "us", "description": "unwrought aluminium ingots", "production_date": "2024-03-01",
          "date": "2024-06-01"}]""");
    CliTest.Run r = CliTest.run("check", "--data", dir.toString(), shipments.toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode n = MatchJson.MAPPER.readTree(r.out());
    assertThat(n.at("/0/verdict").asText()).isEqualTo("prohibited");
    assertThat(n.at("/0/findings").toString()).contains("eu-833-12g-chpl-ru-by").contains("833/2014");
    assertThat(n.at("/0/notes").toString()).as("no US exporter, origin or destination").contains("ofac-sdn-party");
    assertThat(n.at("/1/verdict").asText()).as("produced before 13 April 2024: exempt").isEqualTo("clear");
    assertThat(n.at("/1/hs_note").asText()).contains("classified from the description");
    CliTest.Run bad = CliTest.run("check", "--data", dir.toString(), dir.resolve("missing.json").toString());
    assertThat(bad.code()).isEqualTo(1);
  }

  @Test
  void aShipmentWithAnUnknownCountryIsAnErrorAndTheOthersAreStillChecked() throws Exception {
    Path csv = dir.resolve("mixed.csv");
    Files.writeString(csv, "origin,exporter_country,destination,hs,description\nNarnia,,RU,854231,chips\n"
        + "China,Poland,Russia,854231,chips\n");
    CliTest.Run r = CliTest.run("check", "--data", dir.toString(), csv.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("shipment 1: error: origin: unknown country 'Narnia'")
        .contains("shipment 2: prohibited");
    assertThat(r.err()).contains("1 of 2 shipments could not be checked");
  }

  @Test
  void listsGroupsAndTheirSubheadings() {
    CliTest.Run all = CliTest.run("goods", "groups", "--data", dir.toString());
    assertThat(all.out()).contains("machine-tools").contains("nitrocellulose").contains("chpl-4b");
    CliTest.Run one = CliTest.run("goods", "groups", "--data", dir.toString(), "nitrocellulose");
    assertThat(one.out()).contains("391220");
  }

  @Test
  void extractsReportsAsJsonLinesAndWritesABrief() throws Exception {
    Path seeds = Fixtures.shared().getParent().resolve("seeds");
    Path bad = Files.write(dir.resolve("bad.bin"), new byte[] {0, 1, 2});
    CliTest.Run r = CliTest.run("reports", "extract", "--data", dir.toString(), "--json", seeds.toString(),
        bad.toString());
    assertThat(r.code()).as("one unreadable file").isEqualTo(1);
    assertThat(r.err()).contains("bad.bin: binary data");
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(6);
    JsonNode first = MatchJson.MAPPER.readTree(lines[0]);
    assertThat(first.get("doc").asText()).startsWith("000_");
    assertThat(MatchJson.MAPPER.readTree(lines[5]).get("error").asText()).contains("binary");
    Path brief = dir.resolve("brief.html");
    CliTest.Run b = CliTest.run("brief", "--data", dir.toString(), seeds.toString(), "--out", brief.toString());
    assertThat(b.code()).as(b.err()).isZero();
    assertThat(Files.readString(brief)).contains("<table>").contains("Hikvision").contains("figures differ");
    CliTest.Run s = CliTest.run("reports", "stories", "--data", dir.toString(), seeds.toString());
    assertThat(s.out()).contains("3 documents, 3 independent sources").contains("2 documents, 2 independent sources")
        .contains("CONFLICT");
  }
}
