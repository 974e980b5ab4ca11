package org.chokepoint.trade.load;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/** Armstat goods (HS6) to or from all partners, monthly, USD. */
record ArmstatGoodsLayout() implements TradeLayout {
  @Override
  public void read(TradeParser.Rows r, List<String> header, TradeParser parser, Consumer<TradeRow> sink)
      throws IOException {
    while (r.next()) {
      TradePeriods.Parsed p = parser.period(r.get("period"), r.line());
      Double v = parser.value(r.get("trade_value_us"), 1, r.line());
      if (p == null || v == null) {
        continue;
      }
      parser.emit(sink, "Armenia", "World", TradeParser.flow(r.get("trade_flow")), "HS", "", r.get("commodity_code"), p, v, "USD",
          Double.NaN, "", Double.NaN, r.line());
    }
  }
}
