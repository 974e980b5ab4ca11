/**
 * Currency conversion of trade figures: the ECB's daily euro reference rates averaged per month, quarter and year,
 * so that a figure is converted at the average rate of its own period and an answer says which rates it used.
 */
package org.chokepoint.trade.currency;
