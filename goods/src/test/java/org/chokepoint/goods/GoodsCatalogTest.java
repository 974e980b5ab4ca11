package org.chokepoint.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chokepoint.goods.chpl.Chpl;
import org.chokepoint.goods.hs.Correlation;
import org.chokepoint.goods.hs.HsCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real HS 2022 nomenclature, correlation and CHPL from ../shared/data/goods. */
class GoodsCatalogTest {
  @TempDir
  static Path dir;

  static GoodsCatalog goods;

  @BeforeAll
  static void load() throws Exception {
    goods = SharedGoods.load(dir);
  }

  @Test
  void readsTheWholeNomenclature() {
    assertThat(goods.hs().count(2)).isEqualTo(96);
    assertThat(goods.hs().count(4)).isEqualTo(1_228);
    assertThat(goods.hs().count(6)).isEqualTo(5_612);
    assertThat(goods.hs().contains("99")).as("'not specified' is kept out of the tree").isFalse();
    assertThat(goods.problems()).isEmpty();
    assertThat(goods.hs().ancestors("854231")).extracting(e -> e.code()).containsExactly("85", "8542");
    assertThat(goods.hs().children("8542")).hasSize(5);
    assertThat(goods.hs().sectionName("XVI")).startsWith("Machinery");
  }

  @Test
  void findsCodesByDescriptionWordsHeadingsFirst() {
    assertThat(goods.hs().search("integrated circuits", 10)).extracting(e -> e.code()).startsWith("8542")
        .contains("854231");
    assertThat(goods.hs().search("no such goods anywhere", 10)).isEmpty();
    assertThat(goods.hs().chapters()).hasSize(96).first().extracting(e -> e.code()).isEqualTo("01");
    assertThat(goods.hs().find("8457")).isNotNull();
    assertThat(goods.hs().find("8400")).isNull();
  }

  @Test
  void readsTheChplInSixTiers() {
    assertThat(goods.chpl().items()).hasSize(50);
    assertThat(goods.chpl().tier("1")).extracting(Chpl.Item::hs6)
        .containsExactly("854231", "854232", "854233", "854239");
    assertThat(goods.chpl().tier("4.B")).hasSize(5);
    assertThat(goods.chpl().within(HsCode.parse("8542"))).hasSize(4);
  }

  @Test
  void conversionReportsSplitsWithoutCollapsingThem() {
    Map<String, List<Correlation.Link>> split = goods.correlation().convert(HsCode.parse("854140"),
        Correlation.Edition.HS2017);
    assertThat(split.get("854140")).extracting(Correlation.Link::code).contains("854141", "854142", "854143",
        "854149");
    assertThat(split.get("854140")).extracting(Correlation.Link::relationship).contains("n:1");
    Map<String, List<Correlation.Link>> heading = goods.correlation().convert(HsCode.parse("8542"),
        Correlation.Edition.HS2022);
    assertThat(heading.keySet()).contains("854231", "854290");
    assertThat(goods.correlation().convert(HsCode.parse("8548.90"), Correlation.Edition.HS2017).get("854890"))
        .extracting(Correlation.Link::code).contains("854800");
  }

  @Test
  void goodsGroupsResolveToExistingSubheadings() {
    assertThat(goods.groups().get("integrated-circuits").subheadings()).contains("854231", "854290");
    assertThat(goods.groups().get("cnc-machine-tools").subheadings()).hasSize(5);
    assertThat(goods.groups().get("nitrocellulose").subheadings()).containsExactly("391220");
    assertThat(goods.groups().get("machine-tools").subheadings()).contains("845811", "846693");
    assertThat(goods.groups().all()).allSatisfy(g -> {
      assertThat(g.subheadings()).as(g.id()).isNotEmpty();
      g.subheadings().forEach(c -> assertThat(goods.hs().contains(c)).as(g.id() + " " + c).isTrue());
    });
    assertThat(goods.groups().containing(HsCode.parse("854231"))).extracting(g -> g.id())
        .contains("chpl-1", "microelectronics", "integrated-circuits");
    assertThatThrownBy(() -> goods.groups().get("unicorns")).hasMessageContaining("known:");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"8542.31|854231|''", "8542 31|854231|''", "85423100|854231|national",
      "10121|010121|leading zero", "84|84|''"})
  void readsCodesAsPeopleWriteThem(String text, String digits, String note) {
    HsCode code = HsCode.parse(text);
    assertThat(code.digits()).isEqualTo(digits);
    assertThat(code.note()).contains(note);
  }

  @Test
  void badCodesAreClearErrors() {
    assertThatThrownBy(() -> HsCode.parse("85ab")).hasMessageContaining("other than digits");
    assertThatThrownBy(() -> HsCode.parse("1234567")).hasMessageContaining("7 digits");
    assertThatThrownBy(() -> HsCode.parse(" ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> goods.hs().get(HsCode.parse("854140"))).hasMessageContaining("HS 2022 has no code 8541.40")
        .hasMessageContaining("goods convert");
  }

  @Test
  void randomWellFormedCodesParseToTheirDigits() {
    long seed = 17L;
    Random random = new Random(seed);
    for (int i = 0; i < 1000; i++) {
      int len = new int[] {2, 4, 6}[random.nextInt(3)];
      StringBuilder digits = new StringBuilder();
      for (int k = 0; k < len; k++) {
        digits.append(random.nextInt(10));
      }
      String written = len == 6 && random.nextBoolean() ? digits.substring(0, 4) + "." + digits.substring(4)
          : digits.toString();
      assertThat(HsCode.parse(written).digits()).as("seed %d: %s", seed, written).isEqualTo(digits.toString());
    }
  }

  @Test
  void badGoodsFilesAreReportedByLine() throws Exception {
    Path chpl = dir.resolve("bad_chpl.csv");
    Files.writeString(chpl, "tier,hs6,description\n1,854231,ok\n9,854232,bad tier\n1,85,short\n");
    List<String> problems = new ArrayList<>();
    Chpl read = Chpl.read(chpl, problems);
    assertThat(read.items()).hasSize(1);
    assertThat(problems).hasSize(2).anyMatch(p -> p.contains(":3:") && p.contains("tier"));
  }
}
