package org.chokepoint.trade.load;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** UN Comtrade+ API CSV: keeps the total row of each flow (partner2Code 0, customsCode C00, motCode 0, mosCode 0) and sums the breakdown rows of a flow that has none. */
record ComtradeLayout() implements TradeLayout {
  @Override
  public void read(TradeParser.Rows r, List<String> header, TradeParser parser, Consumer<TradeRow> sink)
      throws IOException {
    record Key(String reporter, String partner, String flow, String cmd, String period, String freq, String cl) {}
    Map<Key, double[]> totals = new LinkedHashMap<>();
    Map<Key, double[]> parts = new LinkedHashMap<>();
    Map<Key, Long> lines = new HashMap<>();
    while (r.next()) {
      String period = r.get("freqcode").equalsIgnoreCase("M") ? r.get("period") : r.get("refyear");
      Key k = new Key(r.get("reportercode"), r.get("partnercode"), TradeParser.flow(r.get("flowcode")), r.get("cmdcode"), period,
          r.get("freqcode"), r.get("classificationcode"));
      Double v = parser.value(r.get("primaryvalue"), 1, r.line());
      if (v == null) {
        continue;
      }
      double[] cell = {v, TradeParser.optional(r.get("qty")), TradeParser.optional(r.get("netwgt"))};
      boolean total = r.get("partner2code").replaceAll("\\s", "").equals("0")
          && r.get("customscode").strip().equalsIgnoreCase("C00") && r.get("motcode").strip().equals("0")
          && r.get("moscode").strip().equals("0");
      lines.putIfAbsent(k, r.line());
      Map<Key, double[]> target = total ? totals : parts;
      target.merge(k, cell, (a, b) -> new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
    }
    int summed = 0;
    java.util.Set<Key> keys = new java.util.LinkedHashSet<>(totals.keySet());
    keys.addAll(parts.keySet());
    for (Key k : keys) {
      double[] cell = totals.get(k);
      if (cell == null) {
        cell = parts.get(k);
        summed++;
      }
      TradePeriods.Parsed p = parser.period(k.period(), lines.get(k));
      if (p == null) {
        continue;
      }
      parser.emit(sink, k.reporter(), k.partner(), k.flow(), "HS", k.cl(), k.cmd(), p, cell[0], "USD", cell[1], "",
          cell[2], lines.get(k));
    }
    if (summed > 0) {
      parser.note(summed + " TradeParser.flow(s) had no total row (partner2Code 0, customsCode C00, motCode 0, mosCode 0): "
          + "their breakdown rows were summed");
    }
  }
}
