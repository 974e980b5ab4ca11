/**
 * Standalone SVG charts of trade answers (lines over time, bars per partner) that carry their title, unit, coverage
 * and anomaly notes, never mix currencies, goods scopes or frequencies on one axis, and say why when they are empty.
 */
package org.chokepoint.trade.chart;
