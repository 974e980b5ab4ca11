package org.chokepoint.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chokepoint.app.json.MatchJson;
import org.chokepoint.lists.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
  @TempDir
  static Path dir;

  static Path data;

  record Run(int code, String out, String err) {}

  @BeforeAll
  static void data() throws Exception {
    data = dir.resolve("data");
    Fixtures.smallData(data);
  }

  static Run run(String... args) {
    CommandLine cli = ChokepointCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] args : new String[][] {{"--help"}, {"update", "--help"}, {"lists", "--help"}, {"screen", "--help"},
        {"serve", "--help"}, {"check", "--help"}, {"goods", "classify", "--help"}, {"goods", "show", "--help"}, {"goods", "convert", "--help"}, {"eval", "pairs", "--help"}, {"eval", "screening", "--help"},
        {"bench", "screening", "--help"}}) {
      Run r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isZero();
      assertThat(r.out()).contains("Usage:");
    }
  }

  @Test
  void badUsageExitsWithTwoAndNoStackTrace() {
    Run r = run("screen", "--data", data.toString(), "--no-such-option", "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option").doesNotContain("\tat ");
    assertThat(run("screen", "--data", data.toString()).code()).isEqualTo(2);
    assertThat(run("screen", "--data", data.toString(), "x", "--country", "Atlantis").err())
        .contains("unknown country");
  }

  @Test
  void aFailureExitsWithOneAndAMessage() {
    Run r = run("screen", "--data", dir.resolve("nothing-here").toString(), "Hikvision");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("error: no list entities").contains("chokepoint update").doesNotContain("\tat ");
  }

  @Test
  void screensOneNameAsATableAndAsJson() throws Exception {
    Run table = run("screen", "--data", data.toString(), "Hikvision", "--explain");
    assertThat(table.code()).isZero();
    assertThat(table.out()).contains("BIS Entity List").contains("name score");
    Run json = run("screen", "--data", data.toString(), "PUTIN, Vladimir", "--schema", "Person", "--country", "Russia",
        "--json");
    JsonNode n = MatchJson.MAPPER.readTree(json.out());
    assertThat(n.at("/query/countries/0").asText()).isEqualTo("ru");
    JsonNode top = n.at("/matches/0");
    for (String field : new String[] {"id", "name", "schema", "score", "matched_name", "lists", "programs",
        "countries", "explanation"}) {
      assertThat(top.has(field)).as(field).isTrue();
    }
    assertThat(top.at("/explanation/aligned")).hasSize(2);
    assertThat(top.at("/explanation/features/0/name").asText()).isEqualTo("country");
  }

  @Test
  void listsReportsEveryList() {
    Run r = run("lists", "--data", data.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("OFAC SDN").contains("UN Consolidated").contains("skipped 1: ent_num not a number");
  }

  @Test
  void updateCopiesFromAMirrorAndBuildsTheIndex() throws Exception {
    Path fresh = dir.resolve("fresh");
    Run r = run("update", "--data", fresh.toString(), "--mirror", Fixtures.shared().toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("ofac-sdn").contains("UPDATED").contains("screening index:");
    assertThat(Files.exists(fresh.resolve("lists/ofac/sdn.csv"))).isTrue();
  }

  @Test
  void evaluatesAPairsFile() throws Exception {
    Path pairs = dir.resolve("pairs.csv");
    Files.writeString(pairs, """
        schema,name1,name2,is_match
        Person,Vladimir Putin,"PUTIN, Vladimir",true
        Company,Vodafone Limited,Vodafone Ltd,true
        Person,Hugo Chacón,Hugo Chávez,false
        Person,bad,row,maybe
        """);
    Run r = run("eval", "pairs", "--data", data.toString(), pairs.toString(), "--json");
    assertThat(r.code()).isZero();
    JsonNode n = MatchJson.MAPPER.readTree(r.out());
    assertThat(n.get("n").asInt()).isEqualTo(3);
    assertThat(n.get("f1").asDouble()).isEqualTo(1.0);
    assertThat(n.at("/by_schema/Person/n").asInt()).isEqualTo(2);
    assertThat(r.err()).contains("is_match must be true or false");
  }
}
