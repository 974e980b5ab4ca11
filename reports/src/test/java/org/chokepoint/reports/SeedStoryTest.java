package org.chokepoint.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.goods.GoodsCatalog;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.screen.Screener;
import org.chokepoint.reports.brief.Brief;
import org.chokepoint.reports.extract.ClaimKind;
import org.chokepoint.reports.extract.ScreeningLinker;
import org.chokepoint.reports.json.ReportJson;
import org.chokepoint.reports.story.ConsolidatedClaim;
import org.chokepoint.reports.story.Story;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed story and the official releases, through the whole pipeline with the real lists and goods data. */
class SeedStoryTest {
  @TempDir
  static Path dir;
  static ScreeningIndex index;
  static ReportPipeline pipeline;
  static ReportPipeline.Run run;
  static Story seed;
  static Story bloomberg;

  @BeforeAll
  static void setUp() throws Exception {
    DataDirectory data = Fixtures.realData(dir);
    index = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, s -> { });
    pipeline = new ReportPipeline(GoodsCatalog.load(data, SourceRegistry.builtIn()),
        new ScreeningLinker(new Screener(index)));
    Path shared = Fixtures.shared().getParent();
    run = pipeline.run(ReportPipeline.expand(List.of(shared.resolve("seeds"), shared.resolve("docs"))), 2);
    seed = storyOf("000_");
    bloomberg = storyOf("001_");
  }

  private static Story storyOf(String prefix) {
    return run.stories().stream().filter(s -> s.documents().stream().anyMatch(d -> d.doc().startsWith(prefix)))
        .findFirst().orElseThrow();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void theSeedsReportTwoEventsAndEachReleaseIsItsOwn() {
    assertThat(seed.documents()).extracting(Story.Member::doc)
        .allMatch(d -> d.startsWith("000_") || d.startsWith("002_") || d.startsWith("004_")).hasSize(3);
    assertThat(seed.independentSources()).isEqualTo(3);
    assertThat(bloomberg.documents()).extracting(Story.Member::doc)
        .allMatch(d -> d.startsWith("001_") || d.startsWith("003_")).hasSize(2);
    assertThat(run.stories()).hasSize(7);
    assertThat(run.stories()).extracting(Story::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("story-"));
  }

  @Test
  void storyIdsDoNotDependOnInputOrder() {
    List<ReportDocument> reversed = new java.util.ArrayList<>(run.documents());
    java.util.Collections.reverse(reversed);
    ReportPipeline.Run again = ReportPipeline.stories(reversed);
    assertThat(again.stories()).extracting(Story::id).containsExactlyInAnyOrderElementsOf(
        run.stories().stream().map(Story::id).toList());
    for (Story s : run.stories()) {
      Story same = again.stories().stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow();
      assertThat(same.title()).isEqualTo(s.title());
    }
  }

  @Test
  void everySuppliedGoodIsThereWithItsHsHeadings() {
    List<String> supplied = java.util.stream.Stream.of(seed, bloomberg).flatMap(st -> st.claims().stream())
        .filter(c -> c.kind() == ClaimKind.SUPPLY).flatMap(c -> c.goods().stream()).toList();
    assertThat(supplied).contains("machine tools", "microelectronics", "satellite imagery", "nitrocellulose",
        "turbojet engines", "uav engines", "optical components");
    Story.Goods tools = seed.goods().stream().filter(g -> g.key().equals("machine-tools")).findFirst().orElseThrow();
    assertThat(tools.hs()).contains("8456", "8458", "8459");
    assertThat(tools.chplTiers()).contains("4.B");
    assertThat(seed.goods()).extracting(Story.Goods::key).contains("aluminium", "copper", "nickel", "optics");
  }

  @Test
  void namedCompaniesCarryTheirListings() {
    assertThat(seed.parties()).filteredOn(p -> p.name().startsWith("Wuhan Global Sensor")).singleElement()
        .satisfies(p -> assertThat(p.lists()).anyMatch(l -> l.startsWith("OFAC SDN")));
    assertThat(seed.parties()).extracting(Story.Party::name)
        .anyMatch(n -> n.startsWith("Wuhan Tongsheng")).contains("Hikvision", "Dalian Machine Tool Group");
    assertThat(seed.parties()).filteredOn(p -> p.name().equals("Hikvision")).singleElement()
        .satisfies(p -> assertThat(p.lists()).contains("BIS Entity List"));
  }

  @Test
  void theSeventyAndNinetyPercentFiguresComeWithTheirConflicts() {
    ConsolidatedClaim tools = claim(ClaimKind.SHARE, "machine tool");
    assertThat(tools.actorId()).isEqualTo("CN");
    assertThat(tools.targetId()).isEqualTo("RU");
    assertThat(tools.citations()).extracting(c -> c.qualifier()).containsExactlyInAnyOrder("over", "nearly");
    assertThat(tools.conflicts()).anyMatch(c -> c.startsWith("figures differ"))
        .anyMatch(c -> c.contains("late 2023") && c.contains("the final quarter of 2023"));
    ConsolidatedClaim chips = claim(ClaimKind.SHARE, "microelectronics");
    assertThat(chips.documents()).isEqualTo(2);
    assertThat(chips.conflicts()).anyMatch(c -> c.contains("approximately 90%"));
    ConsolidatedClaim value = claim(ClaimKind.TRADE_VALUE, "machine tool");
    assertThat(value.citations()).extracting(c -> c.figure()).contains("$900 million");
    ConsolidatedClaim trade = bloomberg.claims().stream().filter(c -> c.kind() == ClaimKind.TRADE_VALUE
        && c.summary().contains("$240 billion")).findFirst().orElseThrow();
    assertThat(trade.documents()).isEqualTo(2);
  }

  @Test
  void theMetalsBanTheImagerySanctionAndTheDenialsAreThere() {
    ConsolidatedClaim ban = seed.claims().stream().filter(c -> c.kind() == ClaimKind.IMPORT_BAN).findFirst()
        .orElseThrow();
    assertThat(ban.goods()).contains("copper", "nickel").anyMatch(g -> g.startsWith("alumin"));
    assertThat(ban.targetId()).isEqualTo("RU");
    ConsolidatedClaim imagery = claim(ClaimKind.SANCTION, "satellite imagery");
    assertThat(imagery.citations()).anyMatch(c -> c.evidence().contains("Wagner Group"));
    assertThat(seed.claims()).filteredOn(c -> c.kind() == ClaimKind.DENIAL).isNotEmpty();
  }

  @Test
  void noJunkReachesTheTextOrTheBrief() {
    String html = Brief.html(seed);
    for (ReportDocument d : run.documents()) {
      assertThat(d.text()).doesNotContain("Exit mobile version", "gtag", "Creative Commons", "IMAGE SOURCE",
          "Share.", "please wait", "FOR IMMEDIATE RELEASE", "originally published at");
    }
    assertThat(html).contains("Wuhan Global Sensor").contains("OFAC SDN").contains("8542")
        .contains("figures differ").doesNotContain("<script");
    assertThat(Brief.markdown(seed)).contains("## Denials").contains("## Timeline");
  }

  @Test
  void documentJsonKeepsTheContract() {
    ReportDocument d = run.documents().stream().filter(x -> x.doc().startsWith("004_")).findFirst().orElseThrow();
    var json = ReportJson.document(d, "story-1");
    for (String field : List.of("doc", "title", "url", "published", "story", "text", "entities", "goods",
        "end_uses", "figures", "claims")) {
      assertThat(json.has(field)).as(field).isTrue();
    }
    var figure = json.get("figures").get(0);
    assertThat(figure.get("value").asDouble()).isEqualTo(90);
    assertThat(figure.get("qualifier").asText()).isEqualTo("approximately");
    json.get("entities").forEach(e -> assertThat(d.text().substring(e.get("start").asInt(), e.get("end").asInt()))
        .isNotBlank());
  }

  @Test
  void aReprintIsNotASecondSourceAndOtherLanguagesAreReportedNotMangled() throws Exception {
    byte[] original = java.nio.file.Files.readAllBytes(Fixtures.shared().getParent().resolve(
        "seeds/002_505517339d915a19.txt"));
    String reprint = "Share this article\n\n" + new String(original, StandardCharsets.UTF_8) + "\n\nRead more\n";
    ReportDocument a = pipeline.process("a.txt", original);
    ReportDocument b = pipeline.process("b.txt", reprint.getBytes(StandardCharsets.UTF_8));
    ReportDocument ru = pipeline.process("ru.txt", ("Китай поставляет в Россию станки и микроэлектронику, "
        + "заявили американские чиновники в среду.").getBytes(StandardCharsets.UTF_8));
    ReportPipeline.Run small = ReportPipeline.stories(List.of(a, b, ru));
    Story story = small.stories().getFirst();
    assertThat(story.documents()).hasSize(2);
    assertThat(story.independentSources()).isEqualTo(1);
    assertThat(ru.language()).isEqualTo("ru");
    assertThat(ru.warnings()).anyMatch(w -> w.contains("without English grammar"));
    assertThat(ru.extraction().entities()).extracting(e -> e.id()).contains("CN", "RU");
    assertThat(ru.text()).contains("станки");
  }

  private ConsolidatedClaim claim(ClaimKind kind, String goods) {
    return java.util.stream.Stream.of(seed, bloomberg).flatMap(st -> st.claims().stream())
        .filter(c -> c.kind() == kind && c.goods().contains(goods)).findFirst()
        .orElseThrow(() -> new AssertionError(kind + " " + goods + " in " + seed.claims().stream()
            .map(ConsolidatedClaim::summary).toList()));
  }
}
