package org.chokepoint.trade.load;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The trade-file layouts Chokepoint imports, recognised by their header. */
public enum Format {
  /** UN Comtrade+ API CSV (47 columns). */
  COMTRADE(new ComtradeLayout(), "reportercode", "partnercode", "cmdcode", "primaryvalue", "flowcode"),
  /** Legacy UN Comtrade / comtradr snake_case CSV. */
  COMTRADE_LEGACY(new ComtradeLegacyLayout(), "reporter_code", "partner_code", "commodity_code", "trade_value_us", "trade_flow"),
  /** CEPII BACI: t, i, j, k, v, q. */
  BACI(new BaciLayout(), "t", "i", "j", "k", "v", "q"),
  /** IMF IMTS, wide: one column per year. */
  IMF(new ImfLayout(), "counterpart_country.id", "trade_flow.id", "scale.id", "country.id"),
  /** Eurostat Comext extract by CN8: reporter, partner, cn8, period, flow, value_eur. */
  EUROSTAT(new EurostatLayout(), "reporter", "partner", "cn8", "period", "flow", "value_eur"),
  /** Eurostat sanctioned-goods totals by member state: partner, reporter, month, sanctioned_export. */
  EUROSTAT_SANCTIONED(new EurostatSanctionedLayout(), "partner", "reporter", "month", "sanctioned_export"),
  /** Comext relational view: REPORTER, PARTNER, PRODUCT, FLOW, PERIOD, VALUE_IN_EUR. */
  EUROSTAT_RELATIONAL(new EurostatRelationalLayout(), "reporter", "partner", "product", "flow", "period", "value_in_eur"),
  /** Armstat trade by country, monthly, thousand USD. */
  ARMSTAT_COUNTRY(new ArmstatCountryLayout(), "country", "year", "month", "export", "import_origin"),
  /** Armstat goods (HS6) to or from all partners, monthly, USD. */
  ARMSTAT_GOODS(new ArmstatGoodsLayout(), "period", "trade_flow", "commodity_code", "trade_value_us"),
  /** Chokepoint's own layout: reporter, partner, flow, product, period, value, currency[, quantity, net_weight_kg]. */
  CSV(new CanonicalLayout(), "reporter", "partner", "flow", "product", "period", "value", "currency");

  private final TradeLayout layout;
  private final Set<String> required;

  Format(TradeLayout layout, String... required) {
    this.layout = layout;
    this.required = Set.of(required);
  }

  /** How rows of this layout become trade rows. */
  TradeLayout layout() {
    return layout;
  }

  /** The columns a header must have for this layout. */
  public Set<String> required() {
    return required;
  }

  /** The first layout whose columns the header has (case-insensitive), or null. */
  public static Format detect(List<String> header) {
    Set<String> names = Set.copyOf(header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList());
    for (Format f : values()) {
      if (names.containsAll(f.required)) {
        return f;
      }
    }
    return null;
  }

  /** Parses "auto", "comtrade", "baci", "eurostat", "imf", "csv" … */
  public static Format parse(String text) {
    if (text == null || text.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + text + "'; use auto or one of "
          + List.of(values()).toString().toLowerCase(Locale.ROOT));
    }
  }
}
