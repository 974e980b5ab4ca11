package org.chokepoint.trade.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.chokepoint.lists.Fixtures;
import org.junit.jupiter.api.Test;

/** Country names as the shared trade files and statistics offices write them. */
class TradeCountriesTest {
  @Test
  void everyNameInTheSharedTradeFilesIsAPlaceAnAggregateOrNotAPlace() throws Exception {
    Map<String, Long> unknown = new TreeMap<>();
    long aggregates = 0;
    try (var files = Files.list(Fixtures.shared().resolve("trade"))) {
      for (Path f : files.sorted().toList()) {
        if (LookupTable.isLookup(f)) {
          continue;
        }
        ImportReport r = new TradeParser(null).parse(f, null, row -> { });
        unknown.putAll(r.unknownCountries());
        aggregates += r.aggregates().size();
      }
    }
    assertThat(unknown).isEmpty();
    assertThat(aggregates).isGreaterThan(10);
  }

  @Test
  void namesInOtherLanguagesAndDamagedNamesFindTheirPlace() {
    assertThat(TradeCountries.code("Iles Turks-et-Caïcos")).isEqualTo("TC");
    assertThat(TradeCountries.code("Saint-Christophe-et-Nevis")).isEqualTo("KN");
    assertThat(TradeCountries.code("Territoire palestinien occupé (Cisjordanie (incl. Jérusalem-Est) et bande de "
        + "Gaza)")).isEqualTo("PS");
    assertThat(TradeCountries.code("SAR-Hong Kong")).isEqualTo("HK");
    assertThat(TradeCountries.code("The Republic of Korea")).isEqualTo("KR");
    assertThat(TradeCountries.code("United Republic of Tanzania")).isEqualTo("TZ");
    assertThat(TradeCountries.code("Eastern SAMOA")).isEqualTo("AS");
    assertThat(TradeCountries.code("Северные Марианские острова")).isEqualTo("MP");
    assertThat(TradeCountries.code("Saint-Barth?lemy")).isEqualTo("BL");
    assertThat(TradeCountries.code("Tokélaou")).isEqualTo("TK");
    assertThat(TradeCountries.code("Vatican City State")).isEqualTo("VA");
    assertThat(TradeCountries.code("Îles Vierges britanniques")).isEqualTo("VG");
    assertThat(TradeCountries.code("Biélorussie")).isEqualTo("BY");
    assertThat(TradeCountries.code("Кыргызстан")).isEqualTo("KG");
  }

  @Test
  void aggregatesAndWhatIsNotAPlaceAreNeverPartners() {
    for (String name : new String[] {"Extra-EU27 (from 2020)", "Intra-UE27 (à partir de 2020)",
        "Eurasian Economic Union", "Commonwealth of Independent States", "Non-EU countries", "Europe", "Asia",
        "America", "Australia and Oceania", "Rest of the world", "Countries and territories not specified within the "
        + "framework of extra-Union trade", "Pays et territoires non déterminés dans le cadre des échanges intra-UE"}) {
      assertThat(TradeCountries.kind(TradeCountries.code(name))).as(name).isEqualTo(TradeCountries.Kind.AGGREGATE);
      assertThat(TradeCountries.isCountry(TradeCountries.code(name))).isFalse();
    }
    for (String name : new String[] {"Stores and provisions within the framework of extra-Union trade",
        "Avitaillement et soutage dans le cadre des échanges intra-UE", "High seas", "Haute mer", "837"}) {
      assertThat(TradeCountries.kind(TradeCountries.code(name))).as(name).isEqualTo(TradeCountries.Kind.NOT_A_PLACE);
    }
    assertThat(TradeCountries.code("Narnia")).isEmpty();
    assertThat(TradeCountries.kind("")).isEqualTo(TradeCountries.Kind.UNKNOWN);
  }
}
