package org.chokepoint.reports.extract;

/**
 * A number a report states.
 *
 * @param value the number (70 for 70%, 900000000 for $900 million)
 * @param unit "%", "USD", "GBP", "EUR", "RUB", "CNY" or "count"
 * @param qualifier exact, over, nearly or approximately
 * @param about what it measures, as written ("Russia's machine tool imports", "entities")
 * @param period when, {@link Period#NONE} when not stated
 * @param text the figure as written ("nearly 70%")
 */
public record Figure(double value, String unit, String qualifier, String about, Period period, String text, int start,
    int end) {}
