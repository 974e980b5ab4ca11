/**
 * The {@code bench} commands: screening, goods classification, report extraction, trade queries and HTTP load,
 * each printing the figures recorded in {@code docs/benchmarks.md}.
 */
package org.chokepoint.app.bench;
