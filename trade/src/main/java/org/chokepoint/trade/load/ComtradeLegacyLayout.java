package org.chokepoint.trade.load;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Legacy UN Comtrade / comtradr CSV: rows by mode of transport summed per reporter, partner, flow, commodity and month. */
record ComtradeLegacyLayout() implements TradeLayout {
  @Override
  public void read(TradeParser.Rows r, List<String> header, TradeParser parser, Consumer<TradeRow> sink)
      throws IOException {
    record Key(String reporter, String partner, String flow, String cmd, int year, int month) {}
    Map<Key, double[]> sums = new LinkedHashMap<>();
    Map<Key, Long> lines = new HashMap<>();
    while (r.next()) {
      Double v = parser.value(r.get("trade_value_us"), 1, r.line());
      if (v == null) {
        continue;
      }
      int year;
      int month;
      try {
        year = Integer.parseInt(r.get("year"));
        String m = r.get("month");
        month = m.isEmpty() ? 0 : Integer.parseInt(m);
      } catch (NumberFormatException e) {
        parser.skip("period in an unknown format", r.line());
        continue;
      }
      Key k = new Key(r.get("reporter_code"), r.get("partner_code"), TradeParser.flow(r.get("trade_flow")),
          r.get("commodity_code"), year, month);
      lines.putIfAbsent(k, r.line());
      sums.merge(k, new double[] {v, TradeParser.optional(r.get("qty")), TradeParser.optional(r.get("netweight_kg"))},
          (a, b) -> new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
    }
    parser.note("rows by mode of transport were summed per reporter, partner, flow, commodity and month");
    sums.forEach((k, cell) -> {
      TradePeriods.Parsed p = k.month() == 0 ? TradePeriods.parse(String.valueOf(k.year()))
          : TradePeriods.month(k.year(), k.month());
      parser.emit(sink, k.reporter(), k.partner(), k.flow(), "HS", "", k.cmd(), p, cell[0], "USD", cell[1], "", cell[2],
          lines.get(k));
    });
  }
}
