package org.chokepoint.trade.query;

import java.util.List;

/**
 * What the data behind an answer covers, so that missing data is never read as zero.
 *
 * @param sources the files the rows came from
 * @param reporters the reporters present
 * @param first first month covered (yyyymm), 0 when nothing matched
 * @param last last month covered
 * @param missing month ranges of the asked period with no rows ("2022-11..2023-02")
 * @param notes what else a reader must know (currencies not added, partners absent)
 */
public record Coverage(List<String> sources, List<String> reporters, int first, int last, List<String> missing,
    List<String> notes) {
  public Coverage {
    sources = List.copyOf(sources);
    reporters = List.copyOf(reporters);
    missing = List.copyOf(missing);
    notes = List.copyOf(notes);
  }

  public boolean empty() {
    return sources.isEmpty();
  }

  /** One line for a chart or a table footer. */
  public String summary() {
    if (empty()) {
      return "no data for this question in the store";
    }
    return "sources: " + String.join(", ", sources) + "; reporters: " + String.join(", ", reporters) + "; covered "
        + month(first) + ".." + month(last) + (missing.isEmpty() ? "" : "; missing " + String.join(", ", missing));
  }

  /** A month as yyyy-mm, "-" for none. */
  public static String label(int yyyymm) {
    return month(yyyymm);
  }

  static String month(int yyyymm) {
    return yyyymm == 0 ? "-" : String.format(java.util.Locale.ROOT, "%d-%02d", yyyymm / 100, yyyymm % 100);
  }
}
