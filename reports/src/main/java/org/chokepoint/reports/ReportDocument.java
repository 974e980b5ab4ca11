package org.chokepoint.reports;

import java.util.List;
import org.chokepoint.reports.clean.CleanText;
import org.chokepoint.reports.extract.Extraction;

/**
 * One report after reading, cleaning and extraction; or, when it could not be read, the reason.
 *
 * @param doc the file name (or upload name) that names it everywhere
 * @param text the cleaned body; extraction offsets refer to it
 * @param warnings what was odd but did not stop processing (encoding repairs, another language)
 * @param error why the document could not be read, "" when it was
 */
public record ReportDocument(String doc, String title, String url, String published, String language, String text,
    List<CleanText.Removed> removed, Extraction extraction, List<String> warnings, String error) {
  public ReportDocument {
    removed = List.copyOf(removed);
    warnings = List.copyOf(warnings);
  }

  /** A document that could not be read. */
  public static ReportDocument failed(String doc, String error) {
    return new ReportDocument(doc, "", "", "", "", "", List.of(), Extraction.EMPTY, List.of(), error);
  }

  /** The same document under another name (the name it is stored under). */
  public ReportDocument named(String name) {
    return new ReportDocument(name, title, url, published, language, text, removed, extraction, warnings, error);
  }

  public boolean ok() {
    return error.isEmpty();
  }
}
