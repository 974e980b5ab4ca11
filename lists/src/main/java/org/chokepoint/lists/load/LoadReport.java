package org.chokepoint.lists.load;

import java.util.List;
import java.util.Map;

/**
 * What loading one list did: records read, records skipped by reason, entities and names produced, and the first
 * problems found, each naming file, line and field.
 */
public record LoadReport(String list, String file, long recordsRead, Map<String, Long> skipped, long entities,
    long names, List<String> problems) {
  public LoadReport {
    skipped = Map.copyOf(skipped);
    problems = List.copyOf(problems);
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }
}
