package org.chokepoint.reports.extract;

/**
 * The time a figure or claim refers to.
 *
 * @param label canonical form: "2023", "2023-Q4", "2023-H2", "2024-04", "2023-late", "2024-early", "2023-mid"; "" when
 *     the text was relative ("last year") and no publication date resolves it
 * @param text as written
 * @param from first month covered, "YYYY-MM" ("" when unresolved)
 * @param to last month covered, "YYYY-MM"
 */
public record Period(String label, String text, String from, String to) {
  /** No period stated. */
  public static final Period NONE = new Period("", "", "", "");

  public boolean isKnown() {
    return !label.isEmpty();
  }

  /** Whether the two periods cover at least one common month. */
  public boolean overlaps(Period other) {
    return isKnown() && other.isKnown() && from.compareTo(other.to) <= 0 && other.from.compareTo(to) <= 0;
  }
}
