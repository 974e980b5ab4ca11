package org.chokepoint.core.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "China|cn", "CN|cn", "CHN|cn", "중국|cn", "러시아|ru", "Russian Federation (Russia)|ru", "Belorussia|by",
      "Türkiye|tr", "Turkey|tr", "Kosovo|xk", "홍콩|hk", "Korea, North|kp", "Iran (Islamic Republic of)|ir",
      "People’s Republic of China|cn", "Deutschland|de", "Россия|ru"})
  void resolvesNamesAndCodesInManyLanguages(String text, String iso2) {
    assertThat(Countries.toIso2(text)).isEqualTo(iso2);
  }

  @Test
  void unknownTextResolvesToNothing() {
    assertThat(Countries.toIso2("Atlantis")).isEmpty();
    assertThat(Countries.toIso2("")).isEmpty();
    assertThat(Countries.toIso2(null)).isEmpty();
  }

  @Test
  void splitsCombinedCountryFields() {
    assertThat(Countries.allIn("중국/홍콩")).containsExactlyInAnyOrder("cn", "hk");
  }
}
