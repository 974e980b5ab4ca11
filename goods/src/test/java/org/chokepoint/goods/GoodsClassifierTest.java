package org.chokepoint.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.chokepoint.goods.classify.ClassifierEvaluation;
import org.chokepoint.goods.classify.GoodsClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoodsClassifierTest {
  @TempDir
  static Path dir;

  static GoodsClassifier classifier;

  @BeforeAll
  static void build() throws Exception {
    GoodsCatalog goods = SharedGoods.load(dir);
    classifier = goods.newClassifier();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"CNC VERTICAL MACHINING CENTER VMC850|8457", "MLCC capacitors|8532",
      "integrated circuts|8542", "thermal imaging cameras|8525", "nitrocellulose|3912", "turbojet engines|8411"})
  void classifiesJargonPluralsAndTypos(String text, String heading) {
    GoodsClassifier.Result r = classifier.classify(text, 3);
    assertThat(r.candidates()).isNotEmpty();
    assertThat(r.candidates().getFirst().heading()).isEqualTo(heading);
  }

  @Test
  void candidatesCarryChplTiersAndGroups() {
    GoodsClassifier.Candidate top = classifier.classify("FPGA programmable logic chips", 3).candidates().getFirst();
    assertThat(top.subheading()).isEqualTo("854239");
    assertThat(top.chplTiers()).containsExactly("1");
    assertThat(top.groups()).contains("integrated-circuits", "chpl-1");
  }

  @Test
  void servicesAreNotGoods() {
    for (String text : new String[] {"satellite imagery", "technical expertise"}) {
      GoodsClassifier.Result r = classifier.classify(text, 3);
      assertThat(r.candidates()).as(text).isEmpty();
      assertThat(r.notGoods()).as(text).contains("not goods");
    }
  }

  @Test
  void emptyAndOddInputIsHandled() {
    assertThatThrownBy(() -> classifier.classify(" ", 3)).hasMessageContaining("empty");
    assertThat(classifier.classify("!!! ###", 3).candidates()).isEmpty();
    assertThat(classifier.classify("bearing ".repeat(2000), 3).candidates()).isNotEmpty();
  }

  @Test
  void labelledDescriptionsReachTheTopThreeTarget() throws Exception {
    ClassifierEvaluation.Result r = ClassifierEvaluation.run(classifier,
        Path.of("src/test/resources/goods_descriptions.csv"));
    assertThat(r.n()).isGreaterThanOrEqualTo(120);
    assertThat(r.top3Rate()).as(String.join("\n", r.misses())).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void freshHoldOutReachesTheTopThreeTarget() throws Exception {
    ClassifierEvaluation.Result r = ClassifierEvaluation.run(classifier,
        Path.of("src/test/resources/goods_descriptions_holdout2.csv"));
    assertThat(r.n()).isEqualTo(60);
    assertThat(r.top3Rate()).as(String.join("\n", r.misses())).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void evaluationRejectsLabelsThatAreNotHeadings(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("labels.csv");
    java.nio.file.Files.writeString(file, "text,heading\nhelicopter parts,8803\n");
    assertThatThrownBy(() -> ClassifierEvaluation.run(classifier, file))
        .hasMessageContaining("line 2").hasMessageContaining("8803");
  }
}
