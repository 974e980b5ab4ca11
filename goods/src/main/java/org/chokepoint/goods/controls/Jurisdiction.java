package org.chokepoint.goods.controls;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A legal order whose rules bind only shipments connected to it: the EU's bind exports from the EU and by EU
 * persons, the US EAR binds US-origin items wherever they are re-exported and exports from the US, an import ban
 * binds imports into the country that made it.
 *
 * @param id short name used in rules and verdicts, e.g. "EU"
 * @param title full name, e.g. "European Union"
 * @param countries ISO alpha-2 codes (lower case) of the countries whose exporters, goods or imports it covers
 */
public record Jurisdiction(String id, String title, Set<String> countries) {
  public Jurisdiction {
    countries = Set.copyOf(countries);
  }

  /** How a rule reaches a shipment: through the exporter, the goods' origin or the destination. */
  public enum Reach {
    EXPORTER("exporter"), ORIGIN("goods' origin"), DESTINATION("destination");

    private final String label;

    Reach(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    static Reach parse(String text) {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** Whether {@code country} (ISO alpha-2, any case) belongs to this jurisdiction. */
  public boolean covers(String country) {
    return countries.contains(country.toLowerCase(Locale.ROOT));
  }

  /** The reaches in readable words, e.g. "exporter or goods' origin". */
  static String describe(List<Reach> reach) {
    return String.join(" or ", reach.stream().map(Reach::label).toList());
  }
}
