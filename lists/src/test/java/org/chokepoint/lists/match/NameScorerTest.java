package org.chokepoint.lists.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chokepoint.core.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameScorerTest {
  private static final double THRESHOLD = 0.75;
  private static final LegalForms FORMS = LegalForms.standard();
  /** Weights as a list corpus would give them: generic words are frequent, names rare. */
  private static final NameScorer SCORER = new NameScorer(new TokenWeights(Map.of("technology", 5000, "trading", 4000,
      "company", 3000, "international", 3000, "mohammed", 2000, "group", 3000, "digital", 800), 100_000));

  private static double score(String query, String listed, Schema schema) {
    return SCORER.compare(NameParts.of(query, schema, FORMS), NameParts.of(listed, schema, FORMS),
        schema == Schema.PERSON).score();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Wuhan Global Sensor Tech Co., Ltd|WUHAN GLOBAL SENSOR TECHNOLOGY CO., LTD.|Company",
      "PUTIN, Vladimir|Vladimir Putin|Person",
      "VladimirPutin|Vladimir Putin|Person",
      "Vodafone Limited|Vodafone Ltd|Company",
      "ABC Co.|A.B.C. Company|Company",
      "Brigade Forty-Four|Brigade 44|Organization",
      "Osama bin Laden|Usama bin Laden|Person",
      "Smartcom (Hong Kong) Co., Liited|Smartcom (Hong Kong) Co., Limited|Company",
      "Сергей Лавров|Sergey Lavrov|Person",
      "BNC|BNC|Company",
      "I9or Sech1n|Igor Sechin|Person",
      "Kim Jong On|Kim Jong Un|Person",
      "Ilie Bolojan|Monsieur Ilie Bolojan|Person",
      "Nikolai Patr ushev|Nikolai Patrushev|Person",
      "First Bank Int'l|First International Bank|Company",
      "ABDULHAI SALEK|ABDULHAI ABDUL GHAFOOR SALEK|Person",
      "Harry Page|Larry Page|Person",
      "习近平|习近平|Person",
      "KKR North America Fund XII L.P.|KKR North America Fund XIII L.P.|Company"})
  void variantsOfOneNameMatch(String query, String listed, String schema) {
    assertThat(score(query, listed, Schema.parse(schema))).isGreaterThanOrEqualTo(THRESHOLD);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Trading Company|Global Trading Company|Company",
      "Hugo Chacón|Hugo Chávez|Person",
      "Saudi Arabian Gas Company|Saudi Arabian Oil Company|Company",
      "Angelo Cruz|Angela Merkel|Person",
      "LXC Aviation|LAU Aviation|Company",
      "HABIB BEN MOHAMED AL-LOUBIRI|HABIB BEN AHMED AL-LOUBIRI|Person",
      "习近朋|习近平|Person",
      "이재형|이재명|Person",
      "Mohammed Shamsuddin|Mohammed Shahabuddin|Person"})
  void differentPartiesDoNotMatch(String query, String listed, String schema) {
    assertThat(score(query, listed, Schema.parse(schema))).isLessThan(THRESHOLD);
  }

  @Test
  void aLegalFormAloneMatchesNothing() {
    NameComparison c = SCORER.compare(NameParts.of("CORP", Schema.COMPANY, FORMS),
        NameParts.of("CORP", Schema.COMPANY, FORMS), false);
    assertThat(c.score()).isZero();
    assertThat(c.notes()).contains("query is only a legal form");
  }

  @Test
  void genericWordsAloneMatchNothing() {
    NameComparison c = SCORER.compare(NameParts.of("International Trading Group", Schema.COMPANY, FORMS),
        NameParts.of("International Trading Group Technology", Schema.COMPANY, FORMS), false);
    assertThat(c.score()).isLessThanOrEqualTo(0.3);
    assertThat(c.notes()).contains("only generic words match");
  }

  @Test
  void shortNamesMatchOnlyExactly() {
    assertThat(score("BNC", "BNK", Schema.COMPANY)).isLessThan(THRESHOLD);
    assertThat(score("Ri", "Ri", Schema.PERSON)).isEqualTo(1.0);
  }

  @Test
  void explanationsAlignWordsAndListLeftovers() {
    NameComparison c = SCORER.compare(NameParts.of("Hikvision Digital Technology Co.", Schema.COMPANY, FORMS),
        NameParts.of("Hangzhou Hikvision Digital Technology Co., Ltd.", Schema.COMPANY, FORMS), false);
    assertThat(c.aligned()).extracting(TokenMatch::query).containsExactlyInAnyOrder("hikvision", "digital",
        "technology");
    assertThat(c.candidateOnly()).extracting(TokenMatch::candidate).containsExactly("hangzhou");
    assertThat(c.aligned()).allMatch(t -> t.weight() > 0 && t.similarity() == 1.0);
  }

  @Test
  void rareWordsWeighMoreThanGenericOnes() {
    TokenWeights w = SCORER.weights();
    assertThat(w.weight("hikvision")).isGreaterThan(w.weight("technology") * 3);
  }

  @Test
  void randomNamesMatchThemselvesAndSurviveOneTypoInALongWord() {
    long seed = 99L;
    Random random = new Random(seed);
    String letters = "abcdefghijklmnopqrstuvwxyz";
    for (int round = 0; round < 500; round++) {
      StringBuilder name = new StringBuilder();
      int words = 2 + random.nextInt(3);
      for (int w = 0; w < words; w++) {
        int len = 6 + random.nextInt(6);
        for (int k = 0; k < len; k++) {
          name.append(letters.charAt(random.nextInt(letters.length())));
        }
        name.append(' ');
      }
      String exact = name.toString().strip();
      assertThat(score(exact, exact, Schema.COMPANY)).as("seed %d: %s", seed, exact).isEqualTo(1.0);
      char[] typo = exact.toCharArray();
      int at = 1 + random.nextInt(4);
      typo[at] = typo[at] == 'x' ? 'y' : 'x';
      assertThat(score(new String(typo), exact, Schema.COMPANY)).as("seed %d: %s", seed, new String(typo))
          .isGreaterThanOrEqualTo(THRESHOLD);
    }
  }

  @Test
  void legalFormsAreRecognisedAtEitherEndInManyScripts() {
    assertThat(NameParts.of("ООО Ромашка", Schema.COMPANY, FORMS).legalForms()).containsExactly("LLC");
    assertThat(NameParts.of("武汉高芯科技有限公司", Schema.COMPANY, FORMS).legalForms()).containsExactly("LLC");
    assertThat(NameParts.of("Siemens Aktiengeselschaft", Schema.COMPANY, FORMS).tokens()).containsExactly("siemens");
    assertThat(NameParts.of("Ab Ltd", Schema.COMPANY, FORMS).tokens()).isEqualTo(List.of("ab"));
  }
}
