package org.chokepoint.trade.load;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Chokepoint's own layout: reporter, partner, flow, product, period, value, currency[, quantity, net_weight_kg]. */
record CanonicalLayout() implements TradeLayout {
  @Override
  public void read(TradeParser.Rows r, List<String> header, TradeParser parser, Consumer<TradeRow> sink)
      throws IOException {
    while (r.next()) {
      TradePeriods.Parsed p = parser.period(r.get("period"), r.line());
      Double v = parser.value(r.get("value"), 1, r.line());
      if (p == null || v == null) {
        continue;
      }
      String currency = r.get("currency").toUpperCase(Locale.ROOT);
      parser.emit(sink, r.get("reporter"), r.get("partner"), TradeParser.flow(r.get("flow")), "HS", "", r.get("product"), p, v,
          currency.isEmpty() ? "USD" : currency, TradeParser.optional(r.get("quantity")), "", TradeParser.optional(r.get("net_weight_kg")),
          r.line());
    }
  }
}
