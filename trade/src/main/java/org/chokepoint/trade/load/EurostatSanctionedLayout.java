package org.chokepoint.trade.load;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/** Eurostat sanctioned-goods totals by member state (the EU-SANCTIONED product aggregate) in euros. */
record EurostatSanctionedLayout() implements TradeLayout {
  @Override
  public void read(TradeParser.Rows r, List<String> header, TradeParser parser, Consumer<TradeRow> sink)
      throws IOException {
    while (r.next()) {
      TradePeriods.Parsed p = parser.period(r.get("month"), r.line());
      Double v = parser.value(r.get("sanctioned_export"), 1, r.line());
      if (p == null || v == null) {
        continue;
      }
      parser.emit(sink, r.get("reporter"), r.get("partner"), "X", "SANCTIONED", "", "EU-SANCTIONED", p, v, "EUR",
          Double.NaN, "", Double.NaN, r.line());
    }
  }
}
