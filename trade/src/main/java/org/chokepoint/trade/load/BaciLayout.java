package org.chokepoint.trade.load;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/** CEPII BACI: exporter i, importer j, HS6 k, value v in thousand USD, quantity q in tonnes. */
record BaciLayout() implements TradeLayout {
  @Override
  public void read(TradeParser.Rows r, List<String> header, TradeParser parser, Consumer<TradeRow> sink)
      throws IOException {
    while (r.next()) {
      TradePeriods.Parsed p = parser.period(r.get("t"), r.line());
      Double v = parser.value(r.get("v"), 1000, r.line());
      if (p == null || v == null) {
        continue;
      }
      double tonnes = TradeParser.optional(r.get("q"));
      parser.emit(sink, r.get("i"), r.get("j"), "X", "HS", "", r.get("k"), p, v, "USD", tonnes, "t", tonnes * 1000,
          r.line());
    }
  }
}
