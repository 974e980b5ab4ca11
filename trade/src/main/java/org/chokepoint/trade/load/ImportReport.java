package org.chokepoint.trade.load;

import java.util.List;
import java.util.Map;

/**
 * What an import did: rows stored, rows skipped by reason (with the first lines of each), and the country names it
 * could not resolve with how many rows carry them (stored with an empty code, never dropped silently).
 */
public record ImportReport(String file, Format format, long rowsRead, long rowsStored, Map<String, Long> skipped,
    Map<String, List<Long>> skippedLines, Map<String, Long> unknownCountries, List<String> notes,
    boolean replaced) {
  public ImportReport {
    skipped = Map.copyOf(skipped);
    skippedLines = Map.copyOf(skippedLines);
    unknownCountries = Map.copyOf(unknownCountries);
    notes = List.copyOf(notes);
  }
}
