package org.chokepoint.trade.load;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The Comext relational view: products by CN code or TOTAL, periods as Comext labels them. */
record EurostatRelationalLayout() implements TradeLayout {
  @Override
  public void read(TradeParser.Rows r, List<String> header, TradeParser parser, Consumer<TradeRow> sink)
      throws IOException {
    while (r.next()) {
      TradePeriods.Parsed p = parser.period(r.get("period"), r.line());
      Double v = parser.value(r.get("value_in_eur"), 1, r.line());
      if (p == null || v == null) {
        continue;
      }
      String product = r.get("product");
      boolean total = product.toUpperCase(Locale.ROOT).matches("(TOTAL|TOTAL-TOTAL|TOTAL-.*)");
      parser.emit(sink, r.get("reporter"), r.get("partner"), TradeParser.flow(r.get("flow")), total ? "TOTAL" : "CN", "",
          total ? "TOTAL" : product, p, v, "EUR", Double.NaN, "", Double.NaN, r.line());
    }
  }
}
