package org.chokepoint.lists.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.core.model.Schema;
import org.chokepoint.lists.Fixtures;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenerTest {
  @TempDir
  static Path dir;

  static ScreeningIndex index;
  static Screener screener;

  @BeforeAll
  static void build() throws Exception {
    index = IndexMaintainer.openOrBuild(Fixtures.smallData(dir), SourceRegistry.builtIn(), false, s -> { });
    screener = new Screener(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static MatchQuery query(String name, Schema schema, List<String> countries, String dob) {
    return new MatchQuery(name, schema, countries, dob, List.of(), 0.5, 5);
  }

  @Test
  void linksTheSamePartyAcrossListsAndReportsEveryListing() {
    Match top = screener.screen(MatchQuery.of("Wuhan Global Sensor Tech Co., Ltd")).getFirst();
    assertThat(top.party().listLabels()).contains("OFAC SDN (RUSSIA-EO14024)", "EU 833/2014 Annex IV (EU-RUS)");
  }

  @Test
  void vesselsLinkByImoNumber() {
    Match top = screener.screen(MatchQuery.of("SEA STAR")).getFirst();
    assertThat(top.party().entities()).extracting(e -> e.id()).contains("ofac-sdn-7003", "eu-32014R0833-xlii-900");
  }

  @Test
  void hintsRaiseAndLowerTheScoreAndExplainThemselves() {
    Match plain = screener.screen(query("Vladimir Putin", Schema.PERSON, List.of(), "")).getFirst();
    Match right = screener.screen(query("Vladimir Putin", Schema.PERSON, List.of("ru"), "1952-10-07")).getFirst();
    Match wrong = screener.screen(query("Vladimir Putin", Schema.PERSON, List.of("fr"), "1980")).getFirst();
    assertThat(right.features()).extracting(Feature::name).containsExactly("country", "birth_date");
    assertThat(wrong.score()).isLessThan(plain.score());
    assertThat(wrong.features()).allMatch(f -> f.contribution() < 0);
    Match asCompany = screener.screen(query("Vladimir Putin", Schema.COMPANY, List.of(), "")).getFirst();
    assertThat(asCompany.features()).anyMatch(f -> f.name().equals("schema") && f.contribution() < 0);
  }

  @Test
  void aBirthDateAloneNeverMakesAMatch() {
    assertThat(screener.screen(new MatchQuery("Zebediah Quornsworth", Schema.PERSON, List.of("ru"), "1952-10-07",
        List.of(), MatchQuery.DEFAULT_THRESHOLD, 5))).isEmpty();
  }

  @Test
  void anIdentifierRaisesAMatchingName() {
    Match m = screener.screen(new MatchQuery("Wuhan Global Sensor", Schema.COMPANY, List.of(), "",
        List.of("91420100 0668 186736"), 0.3, 5)).getFirst();
    assertThat(m.features()).anyMatch(f -> f.name().equals("identifier") && f.contribution() > 0);
  }

  @Test
  void genericOrLegalFormOnlyQueriesMatchNothing() {
    assertThat(screener.screen(MatchQuery.of("Trading Company"))).isEmpty();
    assertThat(screener.screen(MatchQuery.of("CORP"))).isEmpty();
    assertThat(screener.screen(MatchQuery.of("Co., Ltd."))).isEmpty();
  }

  @Test
  void weakAliasesMatchWithAPenalty() {
    Match m = screener.screen(query("IBO", Schema.LEGAL_ENTITY, List.of(), "")).getFirst();
    assertThat(m.features()).anyMatch(f -> f.name().equals("weak_alias"));
    assertThat(m.score()).isLessThan(1.0);
  }

  @Test
  void oddInputIsHandled() {
    assertThat(screener.screen(MatchQuery.of("\u0000\u0007!!!"))).isEmpty();
    assertThat(screener.screen(MatchQuery.of("ᐃᓄᒃᑎᑐᑦ ᑐᑭᓯᐊᓂᖓ"))).isEmpty();
    assertThat(screener.screen(MatchQuery.of("Wuhan ".repeat(160)))).isNotNull();
    assertThatThrownBy(() -> MatchQuery.of("x".repeat(10_000))).hasMessageContaining("at most 1000");
    assertThatThrownBy(() -> MatchQuery.of("  ")).hasMessageContaining("blank");
  }

  @Test
  void excludedPartiesAreNeverReported() {
    Match top = screener.screen(MatchQuery.of("Wuhan Global Sensor Tech Co., Ltd")).getFirst();
    String entityId = top.party().entities().getFirst().id();
    assertThat(screener.screen(MatchQuery.of("Wuhan Global Sensor Tech Co., Ltd").excluding(List.of(entityId))))
        .noneMatch(m -> m.party().id().equals(top.party().id()));
    assertThat(screener.screen(MatchQuery.of("Wuhan Global Sensor Tech Co., Ltd").excluding(List.of("no-such-id"))))
        .first().extracting(m -> m.party().id()).isEqualTo(top.party().id());
  }

  @Test
  void deltaScreeningLooksOnlyAtTheGivenEntries() {
    Match top = screener.screen(MatchQuery.of("Wuhan Global Sensor Tech Co., Ltd")).getFirst();
    assertThat(screener.screen(MatchQuery.of("Wuhan Global Sensor Tech Co., Ltd"), Set.of("other-1")))
        .isEmpty();
    assertThat(screener.screen(MatchQuery.of("Wuhan Global Sensor Tech Co., Ltd"),
        Set.of(top.party().entities().getFirst().id()))).isNotEmpty();
  }

  @Test
  void answersCarryTheirProvenance() {
    ScreeningProvenance p = screener.provenance();
    assertThat(p.algorithmVersion()).isNotBlank();
    assertThat(p.indexBuiltAt()).isEqualTo(index.meta().builtAt());
    assertThat(p.lists()).isNotEmpty().allSatisfy(v -> assertThat(v.sha256()).hasSize(64));
  }
}
