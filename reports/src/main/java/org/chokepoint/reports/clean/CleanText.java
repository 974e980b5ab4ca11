package org.chokepoint.reports.clean;

import java.util.List;

/**
 * An article body without its wrapping.
 *
 * @param title the headline ("" when none was found)
 * @param published ISO date ("" when unknown)
 * @param paragraphs the kept body, in order
 * @param removed every line taken out, with why
 * @param language ISO 639-1 code of the body's language, "und" when too short to tell
 */
public record CleanText(String title, String published, List<String> paragraphs, List<Removed> removed,
    String language) {
  /** A line taken out of the body and the rule that took it. */
  public record Removed(String text, String reason) {}

  public CleanText {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
  }

  /** The body as one string, paragraphs separated by a blank line; extraction offsets refer to it. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
