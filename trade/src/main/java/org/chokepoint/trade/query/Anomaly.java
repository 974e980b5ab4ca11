package org.chokepoint.trade.query;

/**
 * A figure an analyst should look at before trusting an answer: a series that jumps by an order of magnitude from
 * one year to the next, a value the publisher estimated from partners' reports rather than received from the
 * reporter, or exporter- and importer-reported figures that differ by more than the mirror threshold.
 *
 * @param subject the partner, reporter or series concerned (a code or a label)
 * @param period the year or period ("2023", "2022..2024")
 * @param detail one sentence with the figures
 */
public record Anomaly(Kind kind, String subject, String period, String detail) {
  /** What is unusual. */
  public enum Kind {
    /** A year's value at least ten times the previous year's, or at most a tenth of it. */
    JUMP,
    /** Estimated by the publisher from partner data (the reporter published nothing for the period). */
    ESTIMATED,
    /** Exporter- and importer-reported values of one flow differ beyond {@link #MIRROR_THRESHOLD}. */
    MIRROR_GAP
  }

  /** A year-on-year ratio at or beyond this (or its inverse) is a jump. */
  public static final double JUMP_FACTOR = 10;
  /** Importer-reported over exporter-reported outside 1 ± this is a mirror gap worth a look. */
  public static final double MIRROR_THRESHOLD = 0.5;
  /** Below this value (in the answer's currency) a jump is noise, not news. */
  public static final double JUMP_FLOOR = 1_000_000;

  /** "look here" line for text output. */
  public String line() {
    return "look here: " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", " + subject + " "
        + period + ": " + detail;
  }
}
