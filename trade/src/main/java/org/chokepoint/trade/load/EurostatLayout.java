package org.chokepoint.trade.load;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/** Eurostat Comext extract by CN8 in euros. */
record EurostatLayout() implements TradeLayout {
  @Override
  public void read(TradeParser.Rows r, List<String> header, TradeParser parser, Consumer<TradeRow> sink)
      throws IOException {
    while (r.next()) {
      TradePeriods.Parsed p = parser.period(r.get("period"), r.line());
      Double v = parser.value(r.get("value_eur"), 1, r.line());
      if (p == null || v == null) {
        continue;
      }
      parser.emit(sink, r.get("reporter"), r.get("partner"), TradeParser.flow(r.get("flow")), "CN", "CN" + p.year(), r.get("cn8"), p, v,
          "EUR", Double.NaN, "", Double.NaN, r.line());
    }
  }
}
