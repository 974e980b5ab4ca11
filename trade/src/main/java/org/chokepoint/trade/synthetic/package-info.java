/**
 * Clearly synthetic trade rows, skewed like real trade, for benchmarks and the Spark jobs' tests; never mixed with
 * real data.
 */
package org.chokepoint.trade.synthetic;
