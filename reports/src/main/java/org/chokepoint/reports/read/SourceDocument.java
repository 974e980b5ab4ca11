package org.chokepoint.reports.read;

import java.util.List;

/**
 * A report as read from its file, before cleaning: the text split into lines (HTML block elements become lines),
 * and what its header or markup said about it.
 *
 * @param doc the file name, which names the document in every output
 * @param title from a {@code TITLE:} header or the HTML title, "" when absent
 * @param url from a {@code URL:} header or the HTML canonical link, "" when absent
 * @param published ISO date from a header or HTML metadata, "" when absent
 * @param lines the text, one paragraph or line per entry, in order
 * @param warnings what was odd about the file but did not stop reading it (encoding repairs, truncation)
 */
public record SourceDocument(String doc, String title, String url, String published, List<String> lines,
    List<String> warnings) {
  public SourceDocument {
    lines = List.copyOf(lines);
    warnings = List.copyOf(warnings);
  }
}
