/**
 * Reading trade files: layouts recognised by their header (one TradeLayout per layout), lookup tables of product and
 * country labels, country names in many languages into places, aggregates and what is not a place, periods, numbers,
 * and the import report that says what was skipped and why.
 */
package org.chokepoint.trade.load;
