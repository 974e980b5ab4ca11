package org.chokepoint.trade.load;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * One trade-file layout: how its rows become {@link TradeRow}s. One implementation per layout, chosen by
 * {@link Format}; the rules all layouts share (numbers, periods, country names, product codes, skipping with a reason)
 * are the parser's, handed in as {@code p}. A new layout is a new record here and a constant in {@link Format}.
 */
sealed interface TradeLayout permits ComtradeLayout, ComtradeLegacyLayout, BaciLayout, ImfLayout, EurostatLayout,
    EurostatSanctionedLayout, EurostatRelationalLayout, ArmstatCountryLayout, ArmstatGoodsLayout, CanonicalLayout {
  /** Reads every row of {@code r} (whose header is {@code header}) into {@code sink}. */
  void read(TradeParser.Rows r, List<String> header, TradeParser parser, Consumer<TradeRow> sink)
      throws IOException;
}
