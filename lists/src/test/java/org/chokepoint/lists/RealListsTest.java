package org.chokepoint.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chokepoint.core.data.DataDirectory;
import org.chokepoint.core.data.SourceRegistry;
import org.chokepoint.lists.eval.PairEvaluation;
import org.chokepoint.lists.eval.ScreeningEvaluation;
import org.chokepoint.lists.index.IndexMaintainer;
import org.chokepoint.lists.index.ScreeningIndex;
import org.chokepoint.lists.load.LoadReport;
import org.chokepoint.lists.screen.Match;
import org.chokepoint.lists.screen.MatchQuery;
import org.chokepoint.lists.screen.Screener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every real list in ../shared/data loaded, linked, indexed and screened; quality measured on the eval set. */
class RealListsTest {
  @TempDir
  static Path dir;

  static ScreeningIndex index;
  static Screener screener;

  @BeforeAll
  static void build() throws Exception {
    DataDirectory data = Fixtures.realData(dir);
    index = IndexMaintainer.openOrBuild(data, SourceRegistry.builtIn(), false, s -> { });
    screener = new Screener(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static LoadReport report(String list) {
    return index.meta().reports().stream().filter(r -> r.list().equals(list)).findFirst().orElseThrow();
  }

  @Test
  void everyListIsReadInFull() {
    assertThat(report("OFAC SDN").recordsRead()).isEqualTo(14_965);
    assertThat(report("OFAC SDN").skippedTotal()).isZero();
    assertThat(report("OFAC Consolidated").recordsRead()).isEqualTo(442);
    assertThat(report("UN Consolidated").entities()).isEqualTo(1_003);
    assertThat(report("UK Sanctions List").entities()).isEqualTo(6_046);
    assertThat(report("BIS Entity List").entities()).isEqualTo(3_420);
    assertThat(report("EU 269/2014").recordsRead()).isEqualTo(2_802);
    assertThat(report("EU 833/2014").recordsRead()).isEqualTo(921 + 633 + 70 + 32 + 12 + 9 + 9 + 8 + 7 + 6 + 5 + 4 + 4 + 4
        + 4 + 3 + 3 + 3 + 2 + 2 + 2 + 1 + 1 + 1);
    assertThat(index.meta().reports()).noneMatch(r -> r.skipped().containsKey("unreadable")
        || r.skipped().containsKey("source missing"));
    assertThat(index.meta().parties()).isLessThan(index.meta().entities());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Wuhan Global Sensor Technology Co.|OFAC SDN (RUSSIA-EO14024);EU 269/2014 (EU-UKR);EU 833/2014 Annex IV (EU-RUS)",
      "Hikvision|OFAC NS-CMIC;BIS Entity List;DoD 1260H Chinese Military Companies",
      "Dalian Machine Tool Group|EU 269/2014 (EU-UKR)",
      "Wuhan Tongsheng Technology Co. Ltd.|OFAC SDN (RUSSIA-EO14024);UK Sanctions List (RUS)",
      "Spacety|OFAC SDN (RUSSIA-EO14024);EU 833/2014 Annex IV (EU-RUS);BIS Entity List"})
  void seedCompaniesComeBackFirstWithTheirListings(String name, String lists) {
    List<Match> matches = screener.screen(MatchQuery.of(name));
    assertThat(matches).isNotEmpty();
    assertThat(matches.getFirst().party().listLabels()).contains(lists.split(";"));
  }

  @Test
  void dalianMachineToolCarriesItsOfacAliasListing() {
    Match top = screener.screen(MatchQuery.of("General Technology Group Dalian Machine Tool Import and Export"))
        .getFirst();
    assertThat(top.party().lists()).contains("OFAC SDN", "EU 269/2014");
  }

  @Test
  void cyrillicAndReorderedPersonNamesAreFound() {
    assertThat(screener.screen(MatchQuery.of("PUTIN, Vladimir")).getFirst().party().listLabels())
        .contains("OFAC SDN (RUSSIA-EO14024)");
    assertThat(screener.screen(MatchQuery.of("Путин Владимир Владимирович")).getFirst().party().caption())
        .containsIgnoringCase("putin");
  }

  @Test
  void namePairsScoreAtLeastTheMeasuredBaseline() throws Exception {
    List<String> problems = new ArrayList<>();
    PairEvaluation.Result r = PairEvaluation.run(Fixtures.shared().resolve("eval/name_pairs_dev.csv"),
        screener.scorer(), MatchQuery.DEFAULT_THRESHOLD, problems);
    assertThat(problems).isEmpty();
    assertThat(r.overall().n()).isEqualTo(408);
    assertThat(r.overall().f1()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void unPersonsComeBackFirst() throws Exception {
    ScreeningEvaluation.Recall recall = ScreeningEvaluation.topOneRecall(screener,
        Fixtures.shared().resolve("eval/un_persons_untreated.csv"), "full_name", "un-", MatchQuery.DEFAULT_THRESHOLD);
    assertThat(recall.n()).isEqualTo(683);
    assertThat(recall.rate()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void namesOnNoListRarelyMatch() throws Exception {
    ScreeningEvaluation.FalsePositives fp = ScreeningEvaluation.falsePositives(screener,
        Fixtures.shared().resolve("eval/negatives_us.csv"), "full_name", MatchQuery.DEFAULT_THRESHOLD);
    assertThat(fp.n()).isEqualTo(50_000);
    assertThat(fp.rate()).isLessThanOrEqualTo(0.01);
  }
}
