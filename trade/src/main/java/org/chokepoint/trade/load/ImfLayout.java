package org.chokepoint.trade.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** IMF IMTS, wide: one column per year, values scaled by the SCALE column, currency from the indicator. */
record ImfLayout() implements TradeLayout {
  @Override
  public void read(TradeParser.Rows r, List<String> header, TradeParser parser, Consumer<TradeRow> sink)
      throws IOException {
    List<Integer> years = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).matches("(19|20)\\d{2}")) {
        years.add(i);
      }
    }
    while (r.next()) {
      String flowId = r.get("trade_flow.id").toUpperCase(Locale.ROOT);
      String flow = flowId.startsWith("M") ? "M" : flowId.startsWith("X") ? "X" : flowId;
      double scale = Math.pow(10, Numbers.parse(r.get("scale.id").isEmpty() ? "0" : r.get("scale.id")));
      String indicator = r.get("indicator.id");
      String currency = indicator.contains("USD") ? "USD" : indicator.contains("EUR") ? "EUR" : "USD";
      for (int i : years) {
        String cell = r.cell(i);
        if (cell.isEmpty()) {
          continue;
        }
        Double v = parser.value(cell, scale, r.line());
        if (v == null) {
          continue;
        }
        parser.emit(sink, r.get("country.id"), r.get("counterpart_country.id"), r.get("counterpart_country"), flow,
            "TOTAL", "", "TOTAL",
            TradePeriods.parse(header.get(i)), v, currency, Double.NaN, "", Double.NaN, r.line());
      }
    }
  }
}
