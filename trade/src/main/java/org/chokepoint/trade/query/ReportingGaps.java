package org.chokepoint.trade.query;

import java.util.Map;

/**
 * Reporters that stopped publishing trade by partner, from which year: figures a publisher shows for them since
 * are estimates from their partners' reports (IMF IMTS fills such gaps with counterpart data).
 */
final class ReportingGaps {
  /** A reporter's gap. */
  record Gap(int fromYear, String why) {}

  private static final Map<String, Gap> GAPS = Map.of(
      "RU", new Gap(2022, "Russia's customs service stopped publishing trade by partner in April 2022"),
      "BY", new Gap(2022, "Belarus stopped publishing trade by partner in 2022"),
      "KP", new Gap(1990, "North Korea publishes no trade statistics"),
      "TM", new Gap(2000, "Turkmenistan publishes no trade by partner"));

  private ReportingGaps() {}

  static Gap of(String reporter) {
    return GAPS.get(reporter);
  }
}
