package org.chokepoint.trade.load;

import java.util.List;
import java.util.Map;

/**
 * What an import did: rows stored, rows skipped by reason (with the first lines of each), and how the country names
 * were read: names that are no place known (stored with an empty code, never dropped silently), names of country
 * groups and aggregates (kept apart, never counted as a partner) and names that are not a place ("Stores and
 * provisions", "High seas"), each with how many rows carry them.
 *
 * @param format the layout; null for a lookup table
 */
public record ImportReport(String file, Format format, long rowsRead, long rowsStored, Map<String, Long> skipped,
    Map<String, List<Long>> skippedLines, Map<String, Long> unknownCountries, List<String> notes,
    boolean replaced, Map<String, Long> aggregates, Map<String, Long> notPlaces) {
  public ImportReport {
    skipped = Map.copyOf(skipped);
    skippedLines = Map.copyOf(skippedLines);
    unknownCountries = Map.copyOf(unknownCountries);
    notes = List.copyOf(notes);
    aggregates = Map.copyOf(aggregates);
    notPlaces = Map.copyOf(notPlaces);
  }

  public ImportReport(String file, Format format, long rowsRead, long rowsStored, Map<String, Long> skipped,
      Map<String, List<Long>> skippedLines, Map<String, Long> unknownCountries, List<String> notes,
      boolean replaced) {
    this(file, format, rowsRead, rowsStored, skipped, skippedLines, unknownCountries, notes, replaced, Map.of(),
        Map.of());
  }

  /** Whether the file was a lookup table (labels) rather than trade figures. */
  public boolean lookup() {
    return format == null;
  }
}
