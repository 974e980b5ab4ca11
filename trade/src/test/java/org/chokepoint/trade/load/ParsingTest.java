package org.chokepoint.trade.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ParsingTest {
  @Test
  void readsThePeriodFormatsOfTheRealFiles() {
    assertThat(TradePeriods.parse("2023").label()).isEqualTo("2023");
    assertThat(TradePeriods.parse("Y2019").monthTo()).isEqualTo(201912);
    assertThat(TradePeriods.parse("Aug. 2024").label()).isEqualTo("2024-08");
    assertThat(TradePeriods.parse("201901-Jan. 2019").label()).isEqualTo("2019-01");
    assertThat(TradePeriods.parse("201952-Jan.-Dec. 2019").freq()).isEqualTo("A");
    assertThat(TradePeriods.parse("Jan.-Dec. 2018").label()).isEqualTo("2018");
    assertThat(TradePeriods.parse("2022-01-01").label()).isEqualTo("2022-01");
    assertThat(TradePeriods.parse("2023M04").label()).isEqualTo("2023-04");
    assertThat(TradePeriods.parse("2023-Q4").monthFrom()).isEqualTo(202310);
    assertThat(TradePeriods.parse("last spring")).isNull();
    assertThat(TradePeriods.parse("2023-13")).isNull();
  }

  @Test
  void randomMonthsRoundTripThroughEveryWriting() {
    Random random = new Random(7);
    String[] names = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
    for (int i = 0; i < 1000; i++) {
      int y = 1995 + random.nextInt(35);
      int m = 1 + random.nextInt(12);
      int expected = y * 100 + m;
      for (String text : new String[] {String.format(Locale.ROOT, "%d-%02d", y, m),
          String.format(Locale.ROOT, "%d%02d", y, m), String.format(Locale.ROOT, "%dM%02d", y, m),
          names[m - 1] + " " + y, String.format(Locale.ROOT, "%d%02d-%s %d", y, m, names[m - 1].substring(0, 3) + ".",
          y)}) {
        assertThat(TradePeriods.parse(text)).as(text).isNotNull();
        assertThat(TradePeriods.parse(text).monthFrom()).as(text).isEqualTo(expected);
      }
    }
  }

  @Test
  void readsThousandsSeparatorsAndDecimalCommasAndKeepsMissingApartFromZero() {
    assertThat(Numbers.parse("1,234.5")).isEqualTo(1234.5);
    assertThat(Numbers.parse("1.234,5")).isEqualTo(1234.5);
    assertThat(Numbers.parse("1 234,5")).isEqualTo(1234.5);
    assertThat(Numbers.parse("1234,5")).isEqualTo(1234.5);
    assertThat(Numbers.parse("1,234,567")).isEqualTo(1234567);
    assertThat(Numbers.parse("12'345.6")).isEqualTo(12345.6);
    assertThat(Numbers.parse("7.903767147E9")).isEqualTo(7.903767147e9);
    assertThat(Numbers.parse("")).isNaN();
    assertThat(Numbers.parse("..")).isNaN();
    assertThat(Numbers.parse("0")).isZero();
    assertThatThrownBy(() -> Numbers.parse("12 apples")).isInstanceOf(NumberFormatException.class);
    Random random = new Random(11);
    for (int i = 0; i < 2000; i++) {
      double v = Math.round(random.nextDouble() * 1e9) / 100.0;
      String us = String.format(Locale.US, "%,.2f", v);
      String de = String.format(Locale.GERMANY, "%,.2f", v);
      assertThat(Numbers.parse(us)).as(us).isEqualTo(v);
      assertThat(Numbers.parse(de)).as(de).isEqualTo(v);
    }
  }

  @Test
  void resolvesNamesCodesAndNumericCodesAndKeepsAggregates() {
    assertThat(TradeCountries.code("Russian Federation (Russia)")).isEqualTo("RU");
    assertThat(TradeCountries.code("Belorussia")).isEqualTo("BY");
    assertThat(TradeCountries.code("Türkiye")).isEqualTo("TR");
    assertThat(TradeCountries.code("Kosovo")).isEqualTo("XK");
    assertThat(TradeCountries.code("RUS")).isEqualTo("RU");
    assertThat(TradeCountries.code("643")).isEqualTo("RU");
    assertThat(TradeCountries.code("842")).isEqualTo("US");
    assertThat(TradeCountries.code("156")).isEqualTo("CN");
    assertThat(TradeCountries.code("World")).isEqualTo("WLD");
    assertThat(TradeCountries.code("EU27_sum")).isEqualTo("EU27");
    assertThat(TradeCountries.code("G001")).isEqualTo("WLD");
    assertThat(TradeCountries.code("G110")).isEqualTo("AGG-G110");
    assertThat(TradeCountries.code("Tanzania, United Republic of")).isEqualTo("TZ");
    assertThat(TradeCountries.code("Saint Lucia")).isEqualTo("LC");
    assertThat(TradeCountries.code("Narnia")).isEmpty();
    assertThat(TradeCountries.isCountry("EU27")).isFalse();
    assertThat(TradeCountries.isCountry("KG")).isTrue();
  }
}
