package org.chokepoint.trade.load;

/**
 * One fact of trade as a file states it, normalised: who reported it, with which partner, which flow, which goods,
 * when, and how much.
 *
 * @param reporter ISO 3166 alpha-2, an aggregate ("WLD", "EU27"), or "" when the name is unknown
 * @param reporterName as written in the file
 * @param flow "M" imports, "X" exports, "MC" imports by country of consignment, "RX"/"RM" re-exports/imports
 * @param classification "HS", "CN" or "TOTAL"/"SANCTIONED" for product aggregates
 * @param edition "HS2017", "HS2022", "H3" … as the file says or its year implies; "" when not stated
 * @param product the code as given (CN8, HS6, HS4, "TOTAL")
 * @param level digits of the code (2, 4, 6, 8), 0 for aggregates
 * @param hs6 the HS 2022 subheading the code falls in, "" for coarser codes and aggregates
 * @param hs4 the HS heading, "" for aggregates
 * @param freq "A", "Q" or "M"
 * @param period the period as written normalised: "2023", "2023-Q4", "2023-04"
 * @param monthFrom first month covered, yyyymm
 * @param monthTo last month covered, yyyymm
 * @param value in {@code currency}, units (not thousands or millions)
 * @param quantity NaN when not given
 * @param netWeightKg NaN when not given
 * @param line the line of the source file
 */
public record TradeRow(String reporter, String reporterName, String partner, String partnerName, String flow,
    String classification, String edition, String product, int level, String hs6, String hs4, String freq,
    String period, int monthFrom, int monthTo, double value, String currency, double quantity, String qtyUnit,
    double netWeightKg, long line) {}
