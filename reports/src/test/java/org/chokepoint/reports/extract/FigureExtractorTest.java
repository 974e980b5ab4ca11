package org.chokepoint.reports.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.chokepoint.core.text.NumberWords;

class FigureExtractorTest {
  private static List<Figure> figures(String text, String published) {
    return FigureExtractor.find(text, new Sentence(0, text.length(), text), published);
  }

  @Test
  void readsPercentagesMoneyAndCountsWrittenAsDigitsOrWords() {
    Figure words = figures("Seventy percent of the chips came from China.", "").getFirst();
    assertThat(words.value()).isEqualTo(70);
    assertThat(words.unit()).isEqualTo("%");
    assertThat(figures("Some 70 per cent of imports", "").getFirst().qualifier()).isEqualTo("approximately");
    List<Figure> money = figures("Imports were worth $900m (£723m) in late 2023.", "");
    assertThat(money).extracting(Figure::unit).containsExactly("USD", "GBP");
    assertThat(money.getFirst().value()).isEqualTo(9e8);
    assertThat(money.get(1).value()).isEqualTo(7.23e8);
    assertThat(money.getFirst().period().label()).isEqualTo("2023-late");
    Figure count = figures("Five of the eleven entities are Russian.", "").getFirst();
    assertThat(count.value()).isEqualTo(5);
    assertThat(count.unit()).isEqualTo("count");
    Figure nearly = figures("sanctions on nearly four hundred new individuals and entities", "").getFirst();
    assertThat(nearly.value()).isEqualTo(400);
    assertThat(nearly.qualifier()).isEqualTo("nearly");
    assertThat(figures("more than 190 individuals", "").getFirst().qualifier()).isEqualTo("over");
    assertThat(figures("Trade reached a record $240 billion in 2023.", "").getFirst().value()).isEqualTo(2.4e11);
  }

  @Test
  void readsPeriodsAndResolvesLastYearAgainstThePublicationDate() {
    assertThat(figures("nearly 70% of imports in the final quarter of 2023", "").getFirst().period().label())
        .isEqualTo("2023-Q4");
    assertThat(figures("90% of imports came from China last year.", "2024-04-12").getFirst().period().label())
        .isEqualTo("2023");
    Period unresolved = figures("90% of imports came from China last year.", "").getFirst().period();
    assertThat(unresolved.isKnown()).isFalse();
    assertThat(unresolved.text()).isEqualTo("last year");
    assertThat(figures("In 2023, approximately 90% of chips", "").getFirst().period().label()).isEqualTo("2023");
    assertThat(figures("exports in Q1 2024 rose by 12%", "").getFirst().period().label()).isEqualTo("2024-Q1");
  }

  @Test
  void yearsAndDatesAreNotCounts() {
    assertThat(figures("In 2023 the rule added no entities.", "")).isEmpty();
    assertThat(figures("the two countries agreed", "")).isEmpty();
  }

  @Test
  void randomFiguresReadBackTheirValueQualifierAndUnit() {
    Random random = new Random(20241122);
    String[] qualifiers = {"", "over ", "nearly ", "approximately ", "about ", "more than "};
    String[] expected = {"exact", "over", "nearly", "approximately", "approximately", "over"};
    for (int i = 0; i < 500; i++) {
      int q = random.nextInt(qualifiers.length);
      long whole = 1 + random.nextInt(999);
      boolean money = random.nextBoolean();
      String scale = random.nextBoolean() ? "million" : "billion";
      String text = money ? "Imports reached " + qualifiers[q] + "$" + whole + " " + scale + " in 2022."
          : "China supplied " + qualifiers[q] + whole + "% of the chips.";
      List<Figure> found = figures(text, "");
      assertThat(found).as(text).hasSize(1);
      Figure f = found.getFirst();
      double value = money ? whole * (scale.equals("million") ? 1e6 : 1e9) : whole;
      assertThat(f.value()).as(text).isCloseTo(value, within(1e-6));
      assertThat(f.qualifier()).as(text).isEqualTo(expected[q]);
      assertThat(f.unit()).as(text).isEqualTo(money ? "USD" : "%");
      assertThat(NumberWords.parse(String.format(Locale.ROOT, "%,d", whole * 1000))).isEqualTo(whole * 1000.0);
    }
  }
}
