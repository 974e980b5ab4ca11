package org.chokepoint.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "10 Dec 1948|1948-12-10", "17.3.2014|2014-03-17", "29/06/2012|2012-06-29", "1952-10-07|1952-10-07",
      "1960|1960", "circa 1960|1960", "25 April 2006|2006-04-25", "Mar 1971|1971-03", "nonsense|''",
      "1952-13-40|1952"})
  void readsTheFormatsListsUse(String text, String iso) {
    assertThat(PartialDates.parse(text)).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource({"1952,1952-10-07,true", "1952-10,1952-10-07,true", "1953,1952-10-07,false", "'',1952,false"})
  void comparesOnTheSharedPrecision(String a, String b, boolean compatible) {
    assertThat(PartialDates.compatible(a, b)).isEqualTo(compatible);
  }
}
