package org.chokepoint.lists.load;

import java.util.List;
import java.util.Map;

/**
 * What loading one list did: records read, records skipped by reason, entities and names produced, the first
 * problems found (each naming file, line and field), and the date of the file in the data directory (ISO date of
 * its last change there, "" when unknown).
 */
public record LoadReport(String list, String file, long recordsRead, Map<String, Long> skipped, long entities,
    long names, List<String> problems, String fileDate) {
  public LoadReport {
    skipped = Map.copyOf(skipped);
    problems = List.copyOf(problems);
    fileDate = fileDate == null ? "" : fileDate;
  }

  public LoadReport(String list, String file, long recordsRead, Map<String, Long> skipped, long entities,
      long names, List<String> problems) {
    this(list, file, recordsRead, skipped, entities, names, problems, "");
  }

  /** This report with the file's date. */
  public LoadReport withFileDate(String date) {
    return new LoadReport(list, file, recordsRead, skipped, entities, names, problems, date);
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }
}
