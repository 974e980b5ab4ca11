package org.chokepoint.trade.load;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/** Armstat trade by country, monthly, thousand USD: exports, imports by origin and by consignment. */
record ArmstatCountryLayout() implements TradeLayout {
  @Override
  public void read(TradeParser.Rows r, List<String> header, TradeParser parser, Consumer<TradeRow> sink)
      throws IOException {
    while (r.next()) {
      TradePeriods.Parsed p;
      try {
        p = TradePeriods.month(Integer.parseInt(r.get("year")), Integer.parseInt(r.get("month")));
      } catch (NumberFormatException e) {
        parser.skip("period in an unknown format", r.line());
        continue;
      }
      String[][] flows = {{"export", "X"}, {"import_origin", "M"}, {"import_consignment", "MC"}};
      for (String[] f : flows) {
        if (!r.has(f[0]) || r.get(f[0]).isEmpty()) {
          continue;
        }
        Double v = parser.value(r.get(f[0]), 1000, r.line());
        if (v != null) {
          parser.emit(sink, "Armenia", r.get("country"), f[1], "TOTAL", "", "TOTAL", p, v, "USD", Double.NaN, "",
              Double.NaN, r.line());
        }
      }
    }
  }
}
