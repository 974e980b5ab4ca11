package org.chokepoint.trade.check;

/**
 * A figure someone stated about a trade flow, to be checked against the store.
 *
 * @param exporter the supplying country (name or code); "" for all partners
 * @param importer the receiving country
 * @param goods a goods group id, HS codes, or "" for all goods
 * @param from first month, yyyymm
 * @param to last month, yyyymm
 * @param kind SHARE (percent of the importer's imports from the exporter), VALUE (value of the flow) or TRADE
 *     (both directions together)
 * @param value the stated number: percent for SHARE, units of {@code currency} otherwise
 * @param qualifier exact, over, nearly or approximately
 */
public record FigureClaim(String exporter, String importer, String goods, int from, int to, Kind kind, double value,
    String currency, String qualifier) {
  /** What the figure measures. */
  public enum Kind { SHARE, VALUE, TRADE }
}
